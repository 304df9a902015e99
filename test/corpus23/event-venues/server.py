"""Event venue availability and floor plans (fastmcp 2, HTTP)."""
import os
import sqlite3
from pathlib import Path
from typing import Literal

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier

VENUE_DB = sqlite3.connect(os.environ.get("VENUE_DB", "venues.db"), check_same_thread=False)
PLANS = Path(os.environ.get("FLOOR_PLANS", "/srv/venues/plans")).resolve()

auth = JWTVerifier(jwks_uri="https://auth.venuehub.example/.well-known/jwks.json", issuer="https://auth.venuehub.example", audience="event-venues")
mcp = FastMCP("event-venues", auth=auth)

Layout = Literal["theatre", "banquet", "cabaret", "boardroom"]


# ok: weak-input-schema
@mcp.tool()
def capacity(venue: str, layout: Layout) -> str:
    """Capacity of a venue room in a layout."""
    row = VENUE_DB.execute(f"SELECT {layout} FROM capacities WHERE venue = ?", (venue,)).fetchone()
    return f"{row[0]} guests" if row else "unknown venue"


@mcp.tool()
def holds(venue: str, month: str) -> str:
    """Provisional holds on a venue in a month (YYYY-MM)."""
    # ruleid: tool-input-to-sql
    rows = VENUE_DB.execute(f"SELECT day, client FROM holds WHERE venue = '{venue}' AND strftime('%Y-%m', day) = '{month}'").fetchall()
    return "\n".join(f"{d} {c}" for d, c in rows) or "no holds"


@mcp.tool()
def floor_plan(plan: str) -> str:
    """SVG floor plan of a room."""
    target = Path(PLANS, plan)
    if ".." in plan:
        raise ValueError("no parent paths")
    # ruleid: tool-input-to-path
    return target.read_text()


# ruleid: weak-input-schema
@mcp.tool()
def add_hold(venue, day, client) -> str:
    """Add a provisional hold."""
    VENUE_DB.execute("INSERT INTO holds (venue, day, client) VALUES (?, ?, ?)", (venue, day, client))
    VENUE_DB.commit()
    return "held"


if __name__ == "__main__":
    # ok: http-transport-without-auth
    mcp.run(transport="http", host="127.0.0.1", port=8740)
