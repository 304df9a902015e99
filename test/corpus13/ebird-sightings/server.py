"""Bird sightings MCP server: eBird recent observations, hotspots and checklist imports."""
from typing import Annotated

from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

from ebird import fetch_media, hotspot_obs, import_checklist, recent_notable, region_obs

mcp = FastMCP("ebird-sightings")


class RegionQuery(BaseModel):
    region: str = Field(pattern=r"^[A-Z]{2}(-[A-Z0-9]{1,3}){0,2}$", description="eBird region code, e.g. US-NY-061")
    back_days: int = Field(default=7, ge=1, le=30)
    species: str | None = Field(default=None, pattern=r"^[a-z0-9]{4,8}$")


@mcp.tool()
# ok: weak-input-schema
async def recent_observations(query: RegionQuery) -> list[dict]:
    """Recent observations in a region, optionally for one species code."""
    return await region_obs(query.region, query.back_days, query.species)


@mcp.tool()
async def notable_near(lat: float, lng: float, dist_km: Annotated[int, Field(ge=1, le=50)] = 25) -> list[dict]:
    """Notable (rare) sightings near a point."""
    return await recent_notable(lat, lng, dist_km)


@mcp.tool()
async def hotspot(loc_id: Annotated[str, Field(pattern=r"^L\d{3,9}$")]) -> list[dict]:
    """Recent observations at a hotspot."""
    return await hotspot_obs(loc_id)


@mcp.tool()
async def checklist_from_url(url: str) -> dict:
    """Import a shared eBird checklist from its ebird.org URL."""
    return await import_checklist(url)


@mcp.tool()
async def media_info(asset_url: str) -> dict:
    """Size and type of a Macaulay Library photo/audio asset URL."""
    return await fetch_media(asset_url)


if __name__ == "__main__":
    mcp.run()
