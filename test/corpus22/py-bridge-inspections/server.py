import asyncio
import json
import logging

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

import db

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("bridges")
server = Server("bridge-inspections")

TOOLS = [
    types.Tool(name="defects", description="Open defects of a bridge.", inputSchema={"type": "object", "properties": {"bridge_id": {"type": "string"}, "severity": {"type": "string"}}, "required": ["bridge_id"]}),
    types.Tool(name="route_bridges", description="Bridges along a route.", inputSchema={"type": "object", "properties": {"route": {"type": "string"}, "sort": {"type": "string", "enum": ["rating", "inspected", "span"]}}, "required": ["route"]}),
    types.Tool(name="record_inspection", description="Record an inspection rating.", inputSchema={"type": "object", "properties": {"bridge_id": {"type": "string"}, "inspector": {"type": "string"}, "rating": {"type": "integer", "minimum": 0, "maximum": 9}}, "required": ["bridge_id", "inspector", "rating"]}),
    # ruleid: weak-input-schema
    types.Tool(name="search_notes", description="Full-text search over inspector notes.", inputSchema={"type": "object"}),
]


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "defects":
        rows = db.defects_for(arguments["bridge_id"], arguments.get("severity", "1"))
    elif name == "route_bridges":
        rows = db.bridges_by_route(arguments["route"], arguments.get("sort", "rating"))
    elif name == "record_inspection":
        # ruleid: sensitive-data-logged
        log.info("inspection by %s, session token %s", arguments["inspector"], arguments.get("session_token"))
        db.record_inspection(arguments["bridge_id"], arguments["inspector"], int(arguments["rating"]))
        rows = [("recorded",)]
    elif name == "search_notes":
        rows = db.search_notes(arguments["term"])
    else:
        raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=json.dumps(rows, default=str))]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
