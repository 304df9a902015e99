import asyncio
import json

import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import Server

from handlers import DISPATCH, TOOL_SCHEMAS

server = Server("hunting-permits")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=n, description=d, inputSchema=s) for n, (d, s) in TOOL_SCHEMAS.items()]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = DISPATCH.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    result = await handler(**arguments)
    return [types.TextContent(type="text", text=json.dumps(result, default=str))]


async def main() -> None:
    async with mcp.server.stdio.stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
