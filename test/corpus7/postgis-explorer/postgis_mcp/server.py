import json
from typing import Literal

import uvicorn
from fastmcp import FastMCP
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount

from . import db

mcp = FastMCP("postgis-explorer")
Layer = Literal["parcels", "buildings", "bike_lanes", "flood_zones"]


def _rows(records) -> list[dict]:
    return [dict(r) for r in records]


@mcp.tool
async def features_near(layer: Layer, lon: float, lat: float, radius_m: float = 250, limit: int = 50) -> list[dict]:
    """Features of a layer within a radius of a point."""
    return _rows(await db.nearby(layer, lon, lat, radius_m, min(limit, 500)))


@mcp.tool
async def find_by_name(layer: str, name: str) -> list[dict]:
    """Find features whose name contains a text (layer is a schema-qualified table)."""
    return _rows(await db.search_by_name(layer, name))


@mcp.tool
# ruleid: weak-input-schema
async def area_summary(layer: Layer, criteria: dict) -> dict:
    """Count and total area of the features matching attribute criteria, e.g. {"zone": "'R1'"}."""
    where = " AND ".join(f"{k} = {v}" for k, v in criteria.items()) or "TRUE"
    return dict(await db.area_stats(layer, where))


@mcp.tool
async def features_in_polygon(layer: Layer, polygon: dict) -> list[dict]:
    """Features intersecting a GeoJSON polygon."""
    return _rows(await db.intersecting(layer, json.dumps(polygon)))


mcp_app = mcp.http_app(path="/mcp")
app = Starlette(
    routes=[Mount("/", app=mcp_app)],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
        # ok: dns-rebinding-unprotected
        Middleware(TrustedHostMiddleware, allowed_hosts=["gis.internal.example.org", "localhost"]),
    ],
    lifespan=mcp_app.lifespan,
)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8765)
