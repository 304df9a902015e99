"""Slack workspace admin tools over the low-level MCP server API."""
import asyncio
import logging
import os

import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

from handlers import HANDLERS, TOOL_SCHEMAS

logging.basicConfig(level=logging.INFO, handlers=[logging.StreamHandler()])
logger = logging.getLogger("slack-admin")

# ok: hardcoded-secret
SLACK_BOT_TOKEN = os.environ["SLACK_BOT_TOKEN"]
TEAM_ID = os.environ.get("SLACK_TEAM_ID", "")

server = Server("slack-admin")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=name, description=desc, inputSchema=schema) for name, (desc, schema) in TOOL_SCHEMAS.items()]


@server.call_tool()
# ruleid: weak-input-schema
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"Unknown tool: {name}")
    text = await handler(arguments or {})
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    # ruleid: sensitive-data-logged
    logger.info("starting slack-admin with bot token %s", SLACK_BOT_TOKEN)
    # ok: sensitive-data-logged
    logger.info("workspace %s", TEAM_ID)
    async with mcp.server.stdio.stdio_server() as (read_stream, write_stream):
        await server.run(
            read_stream,
            write_stream,
            InitializationOptions(
                server_name="slack-admin",
                server_version="0.3.0",
                capabilities=server.get_capabilities(notification_options=NotificationOptions(), experimental_capabilities={}),
            ),
        )


if __name__ == "__main__":
    asyncio.run(main())
