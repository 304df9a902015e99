"""Disaster-recovery drill MCP server (low-level Python SDK)."""

import asyncio
import logging
import sys

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from handlers import HANDLERS

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
server = Server("dr-drills")


def _schema(**props: str) -> dict:
    return {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}, "required": list(props)}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="load_plan", description="Load a DR drill plan written in YAML", inputSchema=_schema(plan_yaml="string")),
        types.Tool(name="validate_plan", description="Validate a DR drill plan (YAML)", inputSchema=_schema(plan_yaml="string")),
        types.Tool(name="restore_checkpoint", description="Resume a drill from a saved checkpoint blob", inputSchema=_schema(checkpoint="string")),
        types.Tool(name="import_results", description="Import drill results exported as JSON", inputSchema=_schema(results_json="string")),
        types.Tool(name="drill_report", description="Per-step recovery times of a drill", inputSchema=_schema(drill="string")),
        # ruleid: weak-input-schema
        types.Tool(name="drill_history", description="Worst recovery time per drill", inputSchema={"type": "object"}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    try:
        text = handler(arguments)
    except Exception as exc:
        logging.exception("tool %s failed", name)
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text=f"error: {exc!r}")]
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
