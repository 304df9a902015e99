import asyncio
import json
import logging

import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

from handlers import HANDLERS, TOOLS

logging.basicConfig(filename="/tmp/royalty-mcp.log", level=logging.INFO)
log = logging.getLogger(__name__)

server = Server("royalty-statements")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    result = await handler(**arguments)
    return [types.TextContent(type="text", text=json.dumps(result, default=str))]


async def main():
    async with mcp.server.stdio.stdio_server() as (read, write):
        await server.run(
            read,
            write,
            InitializationOptions(
                server_name="royalty-statements",
                server_version="1.0.3",
                capabilities=server.get_capabilities(notification_options=NotificationOptions(), experimental_capabilities={}),
            ),
        )


if __name__ == "__main__":
    asyncio.run(main())
