from typing import Annotated, Literal

from fastmcp import FastMCP
from fastmcp.server.dependencies import get_http_headers
from pydantic import Field

from .client import enrich_indicator, fetch_saved_result, run_search

mcp = FastMCP("siem-hunt")


def _caller_token() -> str:
    headers = get_http_headers()
    # ruleid: token-passthrough
    return headers.get("authorization", "").removeprefix("Bearer ").strip()


@mcp.tool
# ok: weak-input-schema
async def hunt(query: Annotated[str, Field(max_length=2000)], earliest: Literal["-15m", "-1h", "-24h", "-7d"] = "-24h") -> dict:
    """Run a threat-hunting search in the SIEM."""
    return await run_search(query, earliest, _caller_token())


@mcp.tool
async def open_saved_result(link: str) -> str:
    """Open a saved search result from a SIEM link."""
    # ruleid: token-passthrough
    token = get_http_headers().get("authorization", "").removeprefix("Bearer ")
    return await fetch_saved_result(link, token)


@mcp.tool
async def enrich(feed_url: str, indicator: Annotated[str, Field(max_length=256)]) -> dict:
    """Look an IP, domain or hash up in a threat-intel feed."""
    return await enrich_indicator(feed_url, indicator)


# ruleid: http-transport-without-auth
app = mcp.http_app(path="/mcp")
