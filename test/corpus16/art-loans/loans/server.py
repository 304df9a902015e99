import asyncio
import logging

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .handlers import DISPATCH
from .schemas import TOOLS

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("art-loans")
server = Server("art-loans")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = DISPATCH.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    try:
        text = handler(arguments)
    except Exception as exc:
        log.exception("tool %s failed", name)
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text=f"{name} failed: {exc!r}")]
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    async with stdio_server() as (read, write):
        # ruleid: stdout-in-stdio-server
        print("art-loans MCP server started")
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
