import asyncio
import json
import traceback

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from handlers import HANDLERS, TOOL_SCHEMAS

app = Server("school-timetable")


@app.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=n, description=d, inputSchema=s) for n, (d, s) in TOOL_SCHEMAS.items()]


@app.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        return [types.TextContent(type="text", text=f"unknown tool {name}")]
    try:
        result = await asyncio.to_thread(handler, **arguments)
    except Exception:
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text="failed:\n" + traceback.format_exc())]
    return [types.TextContent(type="text", text=json.dumps(result, default=str))]


async def main():
    async with stdio_server() as (r, w):
        await app.run(r, w, app.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
