from typing import Annotated, Literal

from fastmcp import FastMCP
from pydantic import Field

from .feeds import download_feed, extract_feed, AGENCIES
from .queries import departures, stops_near, route_stats

mcp = FastMCP("gtfs-transit")

AgencyId = Literal["bvg", "mvv", "vbb", "hvv"]


@mcp.tool
async def refresh_feed(agency: AgencyId) -> str:
    """Download the agency's current static GTFS feed and load it."""
    zip_path = await download_feed(AGENCIES[agency])
    return extract_feed(zip_path, agency)


@mcp.tool
async def refresh_custom_feed(feed_url: str, name: Annotated[str, Field(pattern=r"^[a-z0-9-]{2,30}$")]) -> str:
    """Download a GTFS feed from any URL and load it under a name."""
    zip_path = await download_feed(feed_url)
    return extract_feed(zip_path, name)


@mcp.tool
def next_departures(stop_id: str, limit: Annotated[int, Field(ge=1, le=50)] = 10) -> list[dict]:
    """Next departures at a stop."""
    return departures(stop_id, limit)


@mcp.tool
def nearby_stops(lat: float, lon: float, radius_m: Annotated[int, Field(ge=50, le=2000)] = 400) -> list[dict]:
    """Stops within a radius of a point."""
    return stops_near(lat, lon, radius_m)


@mcp.tool
def route_summary(route_type: str, group_by: Literal["agency_id", "route_short_name"] = "agency_id") -> list[dict]:
    """Trip counts per agency or route for a GTFS route type (3 = bus, 0 = tram, ...)."""
    return route_stats(route_type, group_by)


if __name__ == "__main__":
    mcp.run()
