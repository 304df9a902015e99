import asyncio
import json
import traceback

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

from connection import connect
from queries import DISPATCH

server = Server("snowflake-runner")
_conn = None


def conn():
    global _conn
    if _conn is None:
        _conn = connect()
    return _conn


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    ident = {"type": "string", "maxLength": 255}
    return [
        types.Tool(name="list_tables", description="Tables of a schema", inputSchema={"type": "object", "properties": {"schema": ident}}),
        types.Tool(name="preview", description="First rows of a table", inputSchema={"type": "object", "properties": {"schema": ident, "table": ident, "limit": {"type": "integer"}}, "required": ["schema", "table"]}),
        types.Tool(name="column_profile", description="Distinct count, min and max of a column", inputSchema={"type": "object", "properties": {"table": ident, "column": ident}, "required": ["table", "column"]}),
        types.Tool(name="query_history", description="Recent queries of a user", inputSchema={"type": "object", "properties": {"user": ident, "hours": {"type": "integer"}}}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = DISPATCH.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    try:
        rows = await asyncio.to_thread(handler, conn(), arguments or {})
    except Exception:
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text=traceback.format_exc())]
    return [types.TextContent(type="text", text=json.dumps(rows, default=str))]


async def main():
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
