"""Spa appointment book: low-level MCP server."""
import asyncio
import json
import os

import mcp.types as types
import psycopg
from mcp.server import Server
from mcp.server.stdio import stdio_server

from pricing import price_expression

server = Server("spa-appointments")
DSN = os.environ.get("SPA_DSN", "postgresql://localhost/spa")

TREATMENTS = {"massage60", "massage90", "facial", "hot_stone", "sauna"}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="book",
            description="Book a treatment",
            inputSchema={
                "type": "object",
                "properties": {
                    "client": {"type": "string"},
                    "treatment": {"type": "string", "enum": sorted(TREATMENTS)},
                    "slot": {"type": "string", "format": "date-time"},
                },
                "required": ["client", "treatment", "slot"],
            },
        ),
        types.Tool(
            name="therapist_schedule",
            description="A therapist's appointments for a day",
            inputSchema={"type": "object", "properties": {"therapist": {"type": "string"}, "day": {"type": "string"}}},
        ),
        types.Tool(
            name="quote",
            description="Price a package, e.g. 'massage60 + facial * 0.9'",
            inputSchema={"type": "object", "properties": {"formula": {"type": "string"}}},
        ),
        types.Tool(
            name="bulk_update",
            description="Update several appointments",
            # ruleid: weak-input-schema
            inputSchema={"type": "object"},
        ),
    ]


async def _query(sql: str, params: tuple = ()) -> list[tuple]:
    async with await psycopg.AsyncConnection.connect(DSN) as conn:
        async with conn.cursor() as cur:
            await cur.execute(sql, params)
            return await cur.fetchall() if cur.description else []


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "book":
        if arguments["treatment"] not in TREATMENTS:
            raise ValueError("unknown treatment")
        # ok: tool-input-to-sql
        await _query("INSERT INTO appointments (client, treatment, slot) VALUES (%s, %s, %s)", (arguments["client"], arguments["treatment"], arguments["slot"]))
        return [types.TextContent(type="text", text="booked")]

    if name == "therapist_schedule":
        therapist = arguments.get("therapist", "")
        day = arguments.get("day", "")
        sql = "SELECT slot, client, treatment FROM appointments WHERE therapist = '%s' AND slot::date = '%s'" % (therapist, day)
        async with await psycopg.AsyncConnection.connect(DSN) as conn:
            # ruleid: tool-input-to-sql
            rows = await (await conn.execute(sql)).fetchall()
        return [types.TextContent(type="text", text=json.dumps(rows, default=str))]

    if name == "quote":
        total = price_expression(arguments["formula"])
        return [types.TextContent(type="text", text=f"{total:.2f} EUR")]

    if name == "bulk_update":
        ids = arguments.get("ids", [])
        status = arguments.get("status", "confirmed")
        await asyncio.gather(*[_query("UPDATE appointments SET status = %s WHERE id = %s", (status, i)) for i in ids])
        return [types.TextContent(type="text", text=f"updated {len(ids)}")]

    raise ValueError(f"unknown tool {name}")


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
