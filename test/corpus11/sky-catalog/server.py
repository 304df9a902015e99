import base64
import logging
import os
import sqlite3
import sys

import dill
import jsonpickle
from mcp.server.fastmcp import FastMCP

from calc import distance_pc, parse_coords, reduce_column, reduce_column_safe, row_filter

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
mcp = FastMCP("sky-catalog")
CATALOG = sqlite3.connect(os.environ.get("SKY_CATALOG", "/data/catalog/gaia_subset.db"), check_same_thread=False)


def cone(ra: float, dec: float, radius: float) -> list[tuple]:
    # ok: tool-input-to-sql
    return CATALOG.execute("SELECT ra, dec, mag, parallax FROM stars WHERE ra BETWEEN ? AND ? AND dec BETWEEN ? AND ?", (ra - radius, ra + radius, dec - radius, dec + radius)).fetchall()


@mcp.tool()
def cone_search(coords: str, radius_deg: float = 0.5, where: str = "") -> list[tuple]:
    """Stars within a box around "(ra, dec)", optionally filtered by an expression over ra, dec, mag, parallax."""
    ra, dec = parse_coords(coords)
    rows = cone(ra, dec, min(radius_deg, 5.0))
    return [r for r in rows if row_filter(where)(r)] if where else rows


@mcp.tool()
def column_stat(coords: str, column: str = "mag", reducer: str = "mean") -> float:
    """Summary statistic of a column around a position."""
    ra, dec = parse_coords(coords)
    idx = ("ra", "dec", "mag", "parallax").index(column)
    return reduce_column([r[idx] for r in cone(ra, dec, 0.5)], reducer)


@mcp.tool()
def column_stat_safe(coords: str, column: str = "mag", reducer: str = "median") -> float:
    """Summary statistic with a named reducer (mean, median, min, max, std)."""
    ra, dec = parse_coords(coords)
    idx = ("ra", "dec", "mag", "parallax").index(column)
    return reduce_column_safe([r[idx] for r in cone(ra, dec, 0.5)], reducer)


@mcp.tool()
def distance(parallax_mas: float) -> float:
    """Distance in parsecs for a parallax in milliarcseconds."""
    return distance_pc(parallax_mas)


@mcp.tool()
def load_observation_plan(plan: str) -> dict:
    """Load an observation plan exported by the planner (jsonpickle)."""
    # ruleid: unsafe-deserialization
    obj = jsonpickle.decode(plan)
    return {"targets": len(getattr(obj, "targets", []))}


@mcp.tool()
def load_pipeline(blob: str) -> str:
    """Load a reduction pipeline serialized with dill."""
    # ruleid: unsafe-deserialization
    pipeline = dill.loads(base64.b64decode(blob))
    return f"pipeline with {len(pipeline.steps)} steps loaded"


if __name__ == "__main__":
    mcp.run()
