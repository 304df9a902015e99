import base64
import os
from typing import Annotated

from fastmcp import FastMCP
from fastmcp.server.dependencies import get_http_headers
from pydantic import Field

from fetchers import download_recording, fetch_sonogram, station_feed, species_calls

mcp = FastMCP("birdsong-recordings")


@mcp.tool
async def get_recording(url: str) -> str:
    """Download a bird recording (base64 MP3) from an approved sound archive."""
    return base64.b64encode(await download_recording(url)).decode()


@mcp.tool
def get_sonogram(url: str) -> str:
    """Download the sonogram PNG of a recording."""
    return base64.b64encode(fetch_sonogram(url)).decode()


@mcp.tool
async def recorder_latest(station_host: str, path: str = "/api/latest") -> dict:
    """Latest detections of an autonomous recording unit in the field."""
    return await station_feed(station_host, path)


@mcp.tool
def calls_for_species(species_code: Annotated[str, Field(pattern=r"^[a-z]{6}$")]) -> dict:
    """Call types catalogued for a species (eBird 6-letter code)."""
    auth = get_http_headers().get("authorization", "")
    return species_calls(species_code, auth)


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host=os.environ.get("HOST", "127.0.0.1"), port=8765)
