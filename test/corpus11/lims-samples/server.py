"""Low-level MCP server for the LIMS sample tracker."""
import asyncio
import json

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server
from pydantic import BaseModel, Field

import repository

server = Server("lims-samples")

STATUSES = ["received", "in_prep", "sequenced", "failed", "archived"]


class StatusUpdate(BaseModel):
    barcode: str = Field(pattern=r"^LIMS-\d{8}$")
    status: str
    note: str = ""


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="get_sample", description="Look up a sample by barcode.", inputSchema={"type": "object", "properties": {"barcode": {"type": "string", "pattern": "^LIMS-\\d{8}$"}}, "required": ["barcode"]}),
        types.Tool(name="study_samples", description="List samples of a study.", inputSchema={"type": "object", "properties": {"study": {"type": "string"}, "order_by": {"type": "string", "enum": ["received", "barcode", "status"]}}, "required": ["study"]}),
        # ruleid: weak-input-schema
        types.Tool(name="search_samples", description="Search samples by arbitrary column filters.", inputSchema={"type": "object"}),
        types.Tool(name="set_status", description="Change the status of a sample.", inputSchema={"type": "object", "properties": {"barcode": {"type": "string"}, "status": {"type": "string"}, "note": {"type": "string"}}, "required": ["barcode", "status"]}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "get_sample":
        result = repository.sample_by_barcode(arguments["barcode"])
    elif name == "study_samples":
        result = repository.samples_in_study(arguments["study"], arguments.get("order_by", "received"))
    elif name == "search_samples":
        result = repository.search_samples(arguments.get("filters", {}))
    elif name == "set_status":
        update = StatusUpdate(**arguments)
        result = {"updated": repository.update_status(update.barcode, update.status, update.note)}
    else:
        raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=json.dumps(result, default=str, indent=2))]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
