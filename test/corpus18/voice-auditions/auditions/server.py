import asyncio
import logging
import sys
import traceback

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .tools import ALL_TOOLS

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
server = Server("voice-over-auditions")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [t.as_tool() for t in ALL_TOOLS]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    tool = next((t for t in ALL_TOOLS if t.name == name), None)
    if tool is None:
        return [types.TextContent(type="text", text=f"unknown tool {name}")]
    try:
        text = await tool.run(**(arguments or {}))
    except Exception:
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text=f"{name} failed:\n{traceback.format_exc()}")]
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
