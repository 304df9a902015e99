"""Boiler house log book: low-level MCP server."""
import asyncio
import logging

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

from handlers import HANDLERS

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("boiler-logs")

server = Server("boiler-logs")

BOILER = {"type": "string", "enum": ["B1", "B2", "B3"]}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="add_entry",
            description="Add a log book entry for a boiler",
            inputSchema={
                "type": "object",
                "properties": {
                    "boiler": BOILER,
                    "pressure_bar": {"type": "number"},
                    "temp_c": {"type": "number"},
                    "water_level": {"type": "string", "enum": ["low", "normal", "high"]},
                },
                "required": ["boiler", "pressure_bar", "temp_c"],
            },
        ),
        types.Tool(
            name="efficiency",
            description="Direct-method boiler efficiency",
            inputSchema={
                "type": "object",
                "properties": {k: {"type": "number"} for k in ("steam_kg", "fuel_kg", "enthalpy_gain", "fuel_cv")},
                "required": ["steam_kg", "fuel_kg", "enthalpy_gain", "fuel_cv"],
            },
        ),
        types.Tool(
            name="custom_metric",
            description="Evaluate a formula over the entries of a boiler, e.g. pressure_bar * 14.5",
            inputSchema={"type": "object", "properties": {"boiler": BOILER, "expression": {"type": "string"}}, "required": ["expression"]},
        ),
        types.Tool(
            name="parse_reading",
            description="Parse a reading written as (pressure_bar, temp_c)",
            inputSchema={"type": "object", "properties": {"reading": {"type": "string"}}, "required": ["reading"]},
        ),
        types.Tool(
            name="alarm_hits",
            description="Entries matching an alarm rule such as temp_c > 110",
            # ruleid: weak-input-schema
            inputSchema={"type": "object"},
        ),
        types.Tool(
            name="plc_dump",
            description="Dump the PLC registers of a boiler",
            inputSchema={"type": "object", "properties": {"boiler": BOILER}, "required": ["boiler"]},
        ),
        types.Tool(
            name="grep_log",
            description="Search a day's log file",
            inputSchema={"type": "object", "properties": {"pattern": {"type": "string"}, "day": {"type": "string"}}, "required": ["pattern"]},
        ),
        types.Tool(
            name="rotate_log",
            description="Rotate the log files",
            # ruleid: weak-input-schema
            inputSchema={"type": "object", "additionalProperties": True},
        ),
        types.Tool(
            name="tail_log",
            description="Last lines of a day's log",
            inputSchema={"type": "object", "properties": {"day": {"type": "string"}, "lines": {"type": "integer"}}, "required": ["day"]},
        ),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"Unknown tool: {name}")
    text = await handler(arguments or {})
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
