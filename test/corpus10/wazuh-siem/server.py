import asyncio

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from handlers import HANDLERS

server = Server("wazuh-siem")

TOOLS = [
    types.Tool(
        name="agent_restart",
        description="Restart a Wazuh agent by id",
        # ruleid: weak-input-schema
        inputSchema={"type": "object"},
    ),
    types.Tool(name="agent_list", description="List registered agents and their status", inputSchema={"type": "object", "properties": {}}),
    types.Tool(
        name="logtest",
        description="Run a log line through the decoders and rules (wazuh-logtest)",
        inputSchema={"type": "object", "properties": {"log": {"type": "string", "maxLength": 8192}}, "required": ["log"]},
    ),
    types.Tool(
        name="decoder_source",
        description="Show a custom decoder file",
        # ok: weak-input-schema
        inputSchema={"type": "object", "properties": {"name": {"type": "string", "pattern": "^[\\w-]{1,64}\\.xml$"}}, "required": ["name"], "additionalProperties": False},
    ),
    types.Tool(
        name="search_alerts",
        description="Search recent alerts in the indexer",
        inputSchema={"type": "object", "properties": {"q": {"type": "string"}, "min_level": {"type": "integer"}, "size": {"type": "integer"}}},
    ),
    types.Tool(name="import_rule_state", description="Import exported rule state (JSON)", inputSchema={"type": "object", "properties": {"state": {"type": "string"}}, "required": ["state"]}),
    types.Tool(
        name="restore_triage_session",
        description="Restore a saved triage session (base64 blob from export)",
        inputSchema={"type": "object", "properties": {"session": {"type": "string"}}, "required": ["session"]},
    ),
]


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    text = await handler(**arguments)
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
