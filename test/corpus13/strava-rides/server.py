import asyncio
import json
import logging
import sys

from mcp.server import Server
from mcp.server.stdio import stdio_server
from mcp.types import TextContent, Tool

from exports import ExportService
from strava import StravaClient

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("strava-rides")


class StravaTools:
    """Each `tool_<name>` method is one MCP tool."""

    def __init__(self) -> None:
        self.client = StravaClient()
        self.exports = ExportService(self.client)

    async def tool_recent_rides(self, limit: int = 10) -> list[dict]:
        acts = await self.client.activities(per_page=min(int(limit), 50))
        return [{"id": a["id"], "name": a["name"], "km": round(a["distance"] / 1000, 1)} for a in acts if a["type"] == "Ride"]

    async def tool_segment_efforts(self, segment_id: int) -> list[dict]:
        return await self.client.segment_efforts(int(segment_id))

    async def tool_export_gpx(self, activity_id: int, filename: str) -> str:
        return await self.exports.export_gpx(int(activity_id), filename)

    async def tool_import_route(self, source_url: str) -> str:
        return await self.exports.import_route(source_url)


TOOL_LIST = [
    Tool(name="recent_rides", description="Recent rides of the athlete.", inputSchema={"type": "object", "properties": {"limit": {"type": "integer", "maximum": 50}}}),
    Tool(name="segment_efforts", description="The athlete's efforts on a segment.", inputSchema={"type": "object", "properties": {"segment_id": {"type": "integer"}}, "required": ["segment_id"]}),
    Tool(name="export_gpx", description="Save an activity's GPX stream to the exports folder.", inputSchema={"type": "object", "properties": {"activity_id": {"type": "integer"}, "filename": {"type": "string"}}, "required": ["activity_id", "filename"]}),
    Tool(name="import_route", description="Import a route GPX from a URL (Komoot, RideWithGPS...).", inputSchema={"type": "object", "properties": {"source_url": {"type": "string"}}, "required": ["source_url"]}),
]

server = Server("strava-rides")
tools = StravaTools()


@server.list_tools()
async def list_tools() -> list[Tool]:
    return TOOL_LIST


@server.call_tool()
async def call_tool(name: str, arguments: dict | None) -> list[TextContent]:
    handler = getattr(tools, f"tool_{name}", None)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    try:
        result = await handler(**(arguments or {}))
    except Exception as e:
        log.exception("tool %s failed", name)
        # ruleid: error-detail-leak
        return [TextContent(type="text", text=f"error: {e!r}")]
    return [TextContent(type="text", text=json.dumps(result, indent=2))]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
