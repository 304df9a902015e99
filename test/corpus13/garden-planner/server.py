import asyncio
import json
import random
import secrets
import sqlite3
import string

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from irrigation import run_zone, zone_status, soil_report, valve_log
from weather import forecast

server = Server("garden-planner")
db = sqlite3.connect("garden.sqlite", check_same_thread=False)
db.row_factory = sqlite3.Row

ZONE_SCHEMA = {"type": "object", "properties": {"zone": {"type": "string"}, "minutes": {"type": "integer", "minimum": 1, "maximum": 60}}, "required": ["zone"]}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="water_zone", description="Open an irrigation zone for N minutes.", inputSchema=ZONE_SCHEMA),
        types.Tool(name="zone_status", description="State of an irrigation zone.", inputSchema=ZONE_SCHEMA),
        types.Tool(name="soil_report", description="Soil moisture probe readings for beds.", inputSchema={"type": "object", "properties": {"beds": {"type": "array", "items": {"type": "string"}}}}),
        types.Tool(name="valve_log", description="Recent lines of a zone's valve log.", inputSchema=ZONE_SCHEMA),
        types.Tool(name="planting_calendar", description="What to sow this month for a crop family.", inputSchema={"type": "object", "properties": {"family": {"type": "string"}, "month": {"type": "integer"}}, "required": ["family", "month"]}),
        types.Tool(name="companions", description="Companion plants of a crop.", inputSchema={"type": "object", "properties": {"crop": {"type": "string"}}, "required": ["crop"]}),
        types.Tool(name="share_plan", description="Create a read-only share link for the garden plan.", inputSchema={"type": "object", "properties": {}}),
        types.Tool(name="frost_alert", description="Frost risk for the next days.", inputSchema={"type": "object", "properties": {"days": {"type": "integer", "maximum": 14}}}),
    ]


def _text(value) -> list[types.TextContent]:
    return [types.TextContent(type="text", text=value if isinstance(value, str) else json.dumps(value, indent=2))]


@server.call_tool()
async def handle_call(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "water_zone":
        return _text(await run_zone(arguments["zone"], int(arguments.get("minutes", 10))))
    if name == "zone_status":
        return _text(await zone_status(arguments["zone"]))
    if name == "soil_report":
        return _text(await soil_report(arguments.get("beds", [])))
    if name == "valve_log":
        return _text(valve_log(arguments["zone"]))
    if name == "planting_calendar":
        family, month = arguments["family"], int(arguments["month"])
        # ok: tool-input-to-sql
        rows = db.execute("SELECT crop, sow_indoors, sow_outdoors FROM calendar WHERE family = ? AND ? BETWEEN start_month AND end_month", (family, month)).fetchall()
        return _text([dict(r) for r in rows])
    if name == "companions":
        crop = arguments["crop"]
        # ruleid: tool-input-to-sql
        rows = db.execute(f"SELECT companion, benefit FROM companions WHERE crop = '{crop}'").fetchall()
        return _text([dict(r) for r in rows])
    if name == "share_plan":
        # ruleid: insecure-randomness
        token = "".join(random.choices(string.ascii_letters + string.digits, k=16))
        db.execute("INSERT INTO shares (token) VALUES (?)", (token,))
        db.commit()
        return _text(f"https://garden.example.net/plan/{token}")
    if name == "frost_alert":
        days = min(int(arguments.get("days", 7)), 14)
        fc = await forecast(days)
        return _text([d for d in fc if d["tmin"] <= 1.0])
    raise ValueError(f"unknown tool: {name}")


def new_api_key() -> str:
    # ok: insecure-randomness
    return secrets.token_urlsafe(32)


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
