"""Coworking desk booking MCP server (FastMCP, single file)."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import httpx
from mcp.server.fastmcp import FastMCP
from pydantic import Field
from typing_extensions import Annotated

DB_PATH = Path(os.environ.get("DESKS_DB", "~/.coworking/desks.db")).expanduser()
FLOORPLANS = Path(os.environ.get("FLOORPLAN_DIR", "~/.coworking/floorplans")).expanduser().resolve()
DOOR_API = "https://doors.example-access.com/api"

mcp = FastMCP("coworking-desks")

conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row
conn.executescript(
    """
    CREATE TABLE IF NOT EXISTS desks (id TEXT PRIMARY KEY, zone TEXT, monitor INTEGER, standing INTEGER);
    CREATE TABLE IF NOT EXISTS bookings (id INTEGER PRIMARY KEY, desk_id TEXT, member TEXT, day TEXT);
    CREATE TABLE IF NOT EXISTS members (email TEXT PRIMARY KEY, name TEXT, plan TEXT);
    """
)

Zone = Literal["quiet", "collab", "phone-booths", "window"]
SORTABLE = {"day": "day", "desk": "desk_id", "member": "member"}


def rows_to_text(rows) -> str:
    return "\n".join(" | ".join(str(v) for v in tuple(r)) for r in rows) or "(none)"


@mcp.tool()
async def free_desks(day: str, zone: Zone | None = None) -> str:
    """Desks that are not booked on a given day (YYYY-MM-DD)."""
    date.fromisoformat(day)
    sql = "SELECT id, zone, monitor, standing FROM desks WHERE id NOT IN (SELECT desk_id FROM bookings WHERE day = ?)"
    params: list = [day]
    if zone:
        sql += " AND zone = ?"
        params.append(zone)
    # ok: tool-input-to-sql
    rows = conn.execute(sql, params).fetchall()
    return rows_to_text(rows)


@mcp.tool()
async def book_desk(desk_id: str, member: str, day: str) -> str:
    """Book a desk for a member."""
    date.fromisoformat(day)
    cur = conn.cursor()
    # ok: tool-input-to-sql
    cur.execute("INSERT INTO bookings (desk_id, member, day) VALUES (:desk, :member, :day)", {"desk": desk_id, "member": member, "day": day})
    conn.commit()
    return f"booked {desk_id} for {member} on {day}"


@mcp.tool()
async def member_bookings(member: str, order: str = "day") -> str:
    """All bookings of one member."""
    query = "SELECT * FROM bookings WHERE member = '%s' ORDER BY %s" % (member, order)
    # ruleid: tool-input-to-sql
    rows = conn.execute(query).fetchall()
    return rows_to_text(rows)


@mcp.tool()
async def bookings_sorted(sort: Literal["day", "desk", "member"] = "day") -> str:
    """Every booking, sorted by a column."""
    column = SORTABLE[sort]
    # ok: tool-input-to-sql
    rows = conn.execute(f"SELECT * FROM bookings ORDER BY {column}").fetchall()
    return rows_to_text(rows)


@mcp.tool()
async def search_members(name_part: str) -> str:
    """Find members by part of their name."""
    cur = conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute("SELECT email, name, plan FROM members WHERE name LIKE '%{}%'".format(name_part))
    return rows_to_text(cur.fetchall())


@mcp.tool()
async def cancel_booking(booking_id: int) -> str:
    """Cancel a booking by id."""
    conn.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    conn.commit()
    return f"cancelled {booking_id}"


@mcp.tool()
async def occupancy(day: str) -> str:
    """Share of desks booked on a day."""
    total = conn.execute("SELECT COUNT(*) FROM desks").fetchone()[0]
    booked = conn.execute("SELECT COUNT(*) FROM bookings WHERE day = ?", (day,)).fetchone()[0]
    return f"{booked}/{total} desks booked ({(100 * booked / max(total, 1)):.0f} %)"


@mcp.tool()
async def floorplan(name: str) -> str:
    """Return the SVG floorplan of a floor."""
    target = (FLOORPLANS / name).resolve()
    if not target.is_relative_to(FLOORPLANS):
        raise ValueError("floorplan outside the floorplan folder")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8")


@mcp.tool()
async def floorplan_legacy(filename: str) -> str:
    """Return a floorplan from the legacy export folder."""
    # ruleid: tool-input-to-path
    with open(os.path.join("/srv/legacy-floorplans", filename), encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
async def open_door(
    door: Annotated[str, Field(pattern=r"^[A-Z]{1,2}-\d{1,3}$", description="Door id, e.g. B-12")],
    member: str,
) -> str:
    """Unlock a door for a member who has a booking today."""
    today = date.today().isoformat()
    if not conn.execute("SELECT 1 FROM bookings WHERE member = ? AND day = ?", (member, today)).fetchone():
        return "member has no booking today"
    async with httpx.AsyncClient(timeout=5) as client:
        # ok: tool-input-to-url
        r = await client.post(f"{DOOR_API}/doors/{door}/unlock", json={"member": member})
    return f"door {door}: HTTP {r.status_code}"


@mcp.tool()
async def member_avatar(avatar_url: str) -> str:
    """Fetch a member's avatar to check it loads."""
    async with httpx.AsyncClient(follow_redirects=True) as client:
        # ruleid: tool-input-to-url
        r = await client.get(avatar_url)
    return f"{r.headers.get('content-type')} {len(r.content)} bytes"


@mcp.tool()
async def monthly_invoice_preview(member: str, month: str) -> str:
    """Number of booked days in a month and the price for a hot-desk plan."""
    datetime.strptime(month, "%Y-%m")
    days = conn.execute("SELECT COUNT(*) FROM bookings WHERE member = ? AND day LIKE ?", (member, f"{month}-%")).fetchone()[0]
    return f"{days} days x 25.00 = {days * 25:.2f}"


@mcp.resource("desks://{desk_id}")
def desk_resource(desk_id: str) -> str:
    """Desk details."""
    # ruleid: tool-input-to-sql
    row = conn.execute(f"SELECT * FROM desks WHERE id = '{desk_id}'").fetchone()
    return rows_to_text([row] if row else [])


if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print("coworking-desks starting", file=sys.stderr)
    mcp.run()
