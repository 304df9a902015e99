"""Vineyard drip-irrigation MCP server (low-level SDK)."""
import asyncio
import json
import logging
import sys

import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

from .dispatch import DISPATCH

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("irrigation")

server = Server("vineyard-irrigation")

SCHEMAS = {
    "open_valve": {"type": "object", "properties": {"block": {"type": "string"}, "minutes": {"type": "integer", "minimum": 1, "maximum": 240}}, "required": ["block"]},
    "schedule": {"type": "object", "properties": {"blocks": {"type": "array", "items": {"type": "string"}}, "start": {"type": "string"}, "minutes": {"type": "integer"}}, "required": ["blocks", "start", "minutes"]},
    "import_program": {"type": "object", "properties": {"program_yaml": {"type": "string"}}, "required": ["program_yaml"]},
    "kc_curve": {"type": "object", "properties": {"curve": {"type": "string"}}, "required": ["curve"]},
    "et0_forecast": {"type": "object", "properties": {"station": {"type": "string"}}, "required": ["station"]},
}


@server.list_tools()
async def handle_list_tools() -> list[types.Tool]:
    return [types.Tool(name=n, description=f"Irrigation: {n.replace('_', ' ')}", inputSchema=s) for n, s in SCHEMAS.items()]


@server.call_tool()
async def handle_call_tool(name: str, arguments: dict | None) -> list[types.TextContent]:
    fn = DISPATCH.get(name)
    if fn is None:
        raise ValueError(f"Unknown tool: {name}")
    log.info("call %s", name)
    result = await asyncio.to_thread(fn, arguments or {})
    return [types.TextContent(type="text", text=json.dumps(result))]


async def main() -> None:
    async with mcp.server.stdio.stdio_server() as (read, write):
        await server.run(
            read,
            write,
            InitializationOptions(
                server_name="vineyard-irrigation",
                server_version="0.5.0",
                capabilities=server.get_capabilities(notification_options=NotificationOptions(), experimental_capabilities={}),
            ),
        )


if __name__ == "__main__":
    asyncio.run(main())
