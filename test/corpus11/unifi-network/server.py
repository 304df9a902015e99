import asyncio
import json

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from client import login
from handlers import HANDLERS

server = Server("unifi-network")

SCHEMAS = {
    "list_devices": {"type": "object", "properties": {}},
    "client_info": {"type": "object", "properties": {"mac": {"type": "string", "pattern": "^[0-9a-fA-F:]{17}$"}}, "required": ["mac"]},
    "site_stat": {"type": "object", "properties": {"stat": {"type": "string", "enum": ["health", "sysinfo", "device", "sta"]}}},
    "raw_api": {"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]},
    "release_notes": {"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]},
}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=name, description=f"UniFi: {name.replace('_', ' ')}", inputSchema=schema) for name, schema in SCHEMAS.items()]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"unknown tool: {name}")
    result = await asyncio.to_thread(handler, arguments)
    return [types.TextContent(type="text", text=json.dumps(result, indent=2) if not isinstance(result, str) else result)]


async def main() -> None:
    login()
    async with stdio_server() as (r, w):
        await server.run(r, w, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
