import asyncio

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .tools import ALL_TOOLS

server = Server("judo-gradings")
BY_NAME = {t.name: t for t in ALL_TOOLS}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=t.name, description=t.description, inputSchema=t.input_schema) for t in ALL_TOOLS]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    tool = BY_NAME[name]
    try:
        text = await asyncio.to_thread(tool.run, **arguments)
    except Exception as exc:  # noqa: BLE001
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text=f"{name} failed: {exc!r}")]
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    async with stdio_server() as (r, w):
        await server.run(r, w, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
