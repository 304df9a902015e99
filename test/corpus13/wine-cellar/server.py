import asyncio
import json
import logging

import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

from cellar import Cellar
from labels import decode_snapshot, load_tasting_notes

logger = logging.getLogger("wine-cellar")
server = Server("wine-cellar")
cellar = Cellar()

TOOLS = [
    types.Tool(
        name="find_bottles",
        description="Bottles in the cellar matching a producer, region or vintage.",
        inputSchema={
            "type": "object",
            "properties": {
                "producer": {"type": "string", "maxLength": 80},
                "region": {"type": "string", "maxLength": 80},
                "vintage": {"type": "integer", "minimum": 1900, "maximum": 2100},
            },
        },
    ),
    types.Tool(
        name="drink_window",
        description="Bottles whose drinking window includes a given year, sorted by a column.",
        inputSchema={
            "type": "object",
            "properties": {"year": {"type": "integer"}, "sort": {"type": "string"}},
            "required": ["year"],
        },
    ),
    types.Tool(
        name="restore_snapshot",
        description="Restore the cellar inventory from a snapshot string produced by the desktop app.",
        inputSchema={"type": "object", "properties": {"snapshot": {"type": "string"}}, "required": ["snapshot"]},
    ),
    types.Tool(
        name="import_notes",
        description="Import tasting notes exported as JSON.",
        inputSchema={"type": "object", "properties": {"notes_json": {"type": "string"}}, "required": ["notes_json"]},
    ),
    types.Tool(
        name="pull_bottle",
        description="Mark a bottle as drunk and remove it from its rack slot.",
        inputSchema={"type": "object", "properties": {"bottle_id": {"type": "integer"}}, "required": ["bottle_id"]},
    ),
]


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
# ruleid: weak-input-schema
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    match name:
        case "find_bottles":
            result = cellar.find(**arguments)
        case "drink_window":
            result = cellar.drink_window(arguments["year"], arguments.get("sort", "vintage"))
        case "restore_snapshot":
            inventory = decode_snapshot(arguments["snapshot"])
            result = cellar.replace_inventory(inventory)
        case "import_notes":
            result = cellar.add_notes(load_tasting_notes(arguments["notes_json"]))
        case "pull_bottle":
            result = cellar.pull(int(arguments["bottle_id"]))
        case _:
            raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=json.dumps(result, default=str, indent=2))]


async def main() -> None:
    async with mcp.server.stdio.stdio_server() as (read, write):
        await server.run(
            read,
            write,
            InitializationOptions(
                server_name="wine-cellar",
                server_version="1.3.0",
                capabilities=server.get_capabilities(notification_options=NotificationOptions(), experimental_capabilities={}),
            ),
        )


if __name__ == "__main__":
    asyncio.run(main())
