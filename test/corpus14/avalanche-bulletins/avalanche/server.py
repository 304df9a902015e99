import asyncio
import json
import sys
import traceback

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from . import bulletins, danger

app = Server("avalanche-bulletins")

SNOW = {"hn24": 35.0, "hs": 182.0, "wind": 45.0, "ta": -6.5}


@app.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="bulletin", description="Current avalanche bulletin of a region.", inputSchema={"type": "object", "properties": {"region": {"type": "string", "enum": list(bulletins.REGIONS)}, "lang": {"type": "string", "enum": ["en", "de", "fr", "it"]}}, "required": ["region"]}),
        types.Tool(name="bulletin_from_feed", description="Bulletin from a CAAML JSON feed URL.", inputSchema={"type": "object", "properties": {"feed_url": {"type": "string"}}, "required": ["feed_url"]}),
        types.Tool(name="stability_index", description="Evaluate a stability index over today's snow data.", inputSchema={"type": "object", "properties": {"expression": {"type": "string"}}, "required": ["expression"]}),
        types.Tool(name="parse_profile", description="Parse a snow profile literal.", inputSchema={"type": "object", "properties": {"profile": {"type": "string"}}, "required": ["profile"]}),
        types.Tool(name="run_model", description="Run an experimental danger model snippet.", inputSchema={"type": "object", "properties": {"code": {"type": "string"}}, "required": ["code"]}),
    ]


@app.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    try:
        match name:
            case "bulletin":
                result = bulletins.bulletin_for_region(arguments["region"], arguments.get("lang", "en"))
            case "bulletin_from_feed":
                result = bulletins.bulletin_from_feed(arguments["feed_url"])
            case "stability_index":
                result = danger.stability_index(arguments["expression"], SNOW)
            case "parse_profile":
                result = danger.parse_profile(arguments["profile"])
            case "run_model":
                result = danger.run_model(arguments["code"], SNOW)
            case _:
                raise ValueError(f"unknown tool {name}")
    except Exception:
        # ok: stdout-in-stdio-server
        print(f"tool {name} failed", file=sys.stderr)
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text=traceback.format_exc())]
    # ruleid: stdout-in-stdio-server
    print(f"tool {name} ok")
    return [types.TextContent(type="text", text=json.dumps(result, default=str))]


async def main() -> None:
    async with stdio_server() as (read_stream, write_stream):
        await app.run(read_stream, write_stream, app.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
