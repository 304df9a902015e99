import asyncio
import json

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from .handlers import DISPATCH
from .models import BookingRequest, EntryQuery, ErgImport

server = Server("rowing-club")

SCHEMAS = {
    "book_boat": ("Book a club boat for an outing", BookingRequest.model_json_schema()),
    "my_bookings": ("A member's bookings of the coming days", {"type": "object", "properties": {"member": {"type": "string"}, "days": {"type": "integer"}}, "required": ["member"]}),
    "import_erg": ("Import an erg result from a logbook link", ErgImport.model_json_schema()),
    "import_verified_erg": ("Import an erg result from the official logbook", ErgImport.model_json_schema()),
    "regatta_entries": ("Entries of a regatta", EntryQuery.model_json_schema()),
}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=n, description=d, inputSchema=s) for n, (d, s) in SCHEMAS.items()]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = DISPATCH.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    result = await handler(arguments)
    return [types.TextContent(type="text", text=json.dumps(result, default=str))]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
