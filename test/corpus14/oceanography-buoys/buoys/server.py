"""Oceanographic buoy network MCP server (fastmcp 2, streamable HTTP)."""
import asyncio
import os
from typing import Annotated

from fastmcp import FastMCP
from pydantic import Field

from . import convert, erddap

mcp = FastMCP("ocean-buoys")

STATION_IDS = {"46042", "46026", "46013", "46214", "46237"}


@mcp.tool
async def latest(dataset_id: Annotated[str, Field(max_length=64)], hours: Annotated[int, Field(ge=1, le=168)] = 24) -> str:
    """Latest observations of an ERDDAP dataset (wave height, SST, wind)."""
    return await erddap.latest_observations(dataset_id, hours)


@mcp.tool
async def mirror(server: str, dataset_id: str) -> str:
    """Fetch the same dataset from a mirror ERDDAP server."""
    return await erddap.mirror_observations(server, dataset_id)


@mcp.tool
async def nc_header(file_name: str) -> str:
    """Header (dimensions, variables, attributes) of a NetCDF file."""
    return await convert.header(file_name)


@mcp.tool
async def nc_subset(file_name: str, variables: list[str], out_name: str) -> str:
    """Extract variables from a NetCDF file into a new file."""
    return await convert.subset(file_name, variables, out_name)


@mcp.tool
async def station_summary(stations: list[str]) -> dict:
    """Latest observation for several stations at once."""
    wanted = [s for s in stations if s in STATION_IDS]
    texts = await asyncio.gather(*(erddap.latest_observations(f"ndbc_{s}", 3) for s in wanted))
    return dict(zip(wanted, (t.splitlines()[-1] if t else "" for t in texts)))


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(
        transport="http",
        # ruleid: bind-all-interfaces
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
    )
