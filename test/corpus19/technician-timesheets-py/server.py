"""Technician timesheets MCP server.

Field technicians log hours against work orders; the office approves them and exports
payroll files. Single-file FastMCP server backed by SQLite.
"""
from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
from datetime import date, datetime
from pathlib import Path
from typing import Literal

import httpx
from mcp.server.fastmcp import FastMCP
from pydantic import Field
from typing_extensions import Annotated

DB_PATH = os.environ.get("TIMESHEET_DB", "timesheets.db")
EXPORT_DIR = Path(os.environ.get("TIMESHEET_EXPORTS", "exports")).resolve()
WORKORDER_API = os.environ.get("WORKORDER_API", "https://workorders.fieldco.example/api")

# ruleid: bind-all-interfaces
mcp = FastMCP("technician-timesheets", host="0.0.0.0", port=8765)

conn = sqlite3.connect(DB_PATH, check_same_thread=False)
conn.row_factory = sqlite3.Row
conn.executescript(
    """
    CREATE TABLE IF NOT EXISTS entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        technician TEXT NOT NULL,
        work_order TEXT NOT NULL,
        day TEXT NOT NULL,
        hours REAL NOT NULL,
        note TEXT,
        approved INTEGER DEFAULT 0
    );
    """
)

http = httpx.AsyncClient(base_url=WORKORDER_API, timeout=10.0)


def _rows(cur: sqlite3.Cursor) -> list[dict]:
    return [dict(r) for r in cur.fetchall()]


@mcp.tool()
# ok: weak-input-schema
async def log_hours(
    technician: Annotated[str, Field(pattern=r"^T\d{4}$")],
    work_order: Annotated[str, Field(pattern=r"^WO-\d{6}$")],
    day: date,
    hours: Annotated[float, Field(gt=0, le=16)],
    note: str = "",
) -> str:
    """Log hours worked by a technician on a work order."""
    cur = conn.execute(
        "INSERT INTO entries (technician, work_order, day, hours, note) VALUES (?, ?, ?, ?, ?)",
        (technician, work_order, day.isoformat(), hours, note[:500]),
    )
    conn.commit()
    return f"entry {cur.lastrowid} logged"


@mcp.tool()
async def week_entries(technician: str, week_start: date) -> list[dict]:
    """List a technician's entries for the week starting on week_start."""
    # ok: tool-input-to-sql
    cur = conn.execute("SELECT * FROM entries WHERE technician = ? AND day >= date(?) AND day < date(?, '+7 days') ORDER BY day", (technician, week_start.isoformat(), week_start.isoformat()))
    return _rows(cur)


@mcp.tool()
async def search_notes(text: str, approved_only: bool = False) -> list[dict]:
    """Full-text-ish search over entry notes."""
    query = "SELECT id, technician, work_order, day, note FROM entries WHERE note LIKE '%" + text + "%'"
    if approved_only:
        query += " AND approved = 1"
    # ruleid: tool-input-to-sql
    cur = conn.execute(query)
    return _rows(cur)


@mcp.tool()
async def approve(entry_ids: list[int]) -> str:
    """Approve timesheet entries by id."""
    marks = ",".join("?" for _ in entry_ids)
    # ok: tool-input-to-sql
    conn.execute(f"UPDATE entries SET approved = 1 WHERE id IN ({marks})", entry_ids)
    conn.commit()
    return f"approved {len(entry_ids)} entries"


@mcp.tool()
async def totals(group_by: str = "technician", month: str = "") -> list[dict]:
    """Total hours grouped by a column for a month (YYYY-MM)."""
    # ruleid: tool-input-to-sql
    cur = conn.execute("SELECT {0}, SUM(hours) AS hours FROM entries WHERE day LIKE '{1}%' GROUP BY {0}".format(group_by, month))
    return _rows(cur)


@mcp.tool()
async def work_order(work_order_id: Annotated[str, Field(pattern=r"^WO-\d{6}$")]) -> dict:
    """Fetch a work order from the dispatch system."""
    # ok: tool-input-to-url
    r = await http.get(f"/workorders/{work_order_id}")
    r.raise_for_status()
    return r.json()


@mcp.tool()
async def attach_site_photo(work_order_id: str, photo_url: str) -> str:
    """Attach a photo (by URL) to a work order."""
    async with httpx.AsyncClient(timeout=15.0) as client:
        # ruleid: tool-input-to-url
        img = await client.get(photo_url)
    r = await http.post(f"/workorders/{work_order_id}/photos", content=img.content)
    return f"attached ({r.status_code})"


@mcp.tool()
async def export_payroll(month: Annotated[str, Field(pattern=r"^\d{4}-\d{2}$")], file_name: str) -> str:
    """Export approved hours of a month to a CSV file in the exports folder."""
    cur = conn.execute("SELECT technician, SUM(hours) AS hours FROM entries WHERE approved = 1 AND day LIKE ? GROUP BY technician", (month + "%",))
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["technician", "hours"])
    for row in cur.fetchall():
        w.writerow([row["technician"], row["hours"]])
    target = EXPORT_DIR / file_name
    # ruleid: tool-input-to-path
    target.write_text(buf.getvalue(), encoding="utf-8")
    return str(target)


@mcp.tool()
async def read_export(file_name: str) -> str:
    """Read an export file back."""
    target = (EXPORT_DIR / file_name).resolve()
    if not target.is_relative_to(EXPORT_DIR):
        raise ValueError("file must be inside the exports folder")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8")


@mcp.tool()
async def sign_export(file_name: str, key_id: str) -> str:
    """GPG-sign an export file for the payroll provider."""
    target = EXPORT_DIR / Path(file_name).name
    # ruleid: tool-input-to-shell
    proc = subprocess.run(f"gpg --batch --local-user {key_id} --detach-sign {target}", shell=True, capture_output=True, text=True)
    return proc.stderr or f"signed {target.name}"


@mcp.tool()
async def verify_export(file_name: str, format: Literal["csv", "xlsx"] = "csv") -> str:
    """Verify the signature of an export file."""
    target = EXPORT_DIR / Path(file_name).name
    # ok: tool-input-to-shell
    proc = subprocess.run(["gpg", "--verify", f"{target}.sig", str(target)], capture_output=True, text=True)
    return proc.stderr


@mcp.tool()
async def server_time() -> str:
    """Current server time (useful for technicians in other time zones)."""
    return datetime.now().isoformat(timespec="seconds")


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
