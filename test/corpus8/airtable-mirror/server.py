import asyncio
import json

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from dispatch import TOOLS, DISPATCH

server = Server("airtable-mirror")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    fn = DISPATCH.get(name)
    if fn is None:
        raise ValueError(f"unknown tool: {name}")
    result = await fn(arguments)
    return [types.TextContent(type="text", text=json.dumps(result, default=str))]


async def main():
    async with stdio_server() as streams:
        await server.run(*streams, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
