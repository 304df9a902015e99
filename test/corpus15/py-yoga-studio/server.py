import os
import sqlite3
from datetime import datetime, timedelta

from fastmcp import FastMCP

from integrations import create_zoom_link, guest_pass_code, parse_studio_rules, parse_teacher_plan
from models import BookingRequest, Session, Style

mcp = FastMCP("yoga-studio")
db = sqlite3.connect(os.environ.get("STUDIO_DB", "studio.db"), check_same_thread=False)
db.row_factory = sqlite3.Row


@mcp.tool
def upcoming_sessions(style: Style | None = None, days: int = 7) -> list[Session]:
    """Sessions in the next few days, optionally of one style."""
    until = (datetime.now() + timedelta(days=min(days, 31))).isoformat()
    sql = "SELECT id, style, teacher, starts_at, capacity - booked AS spots_left FROM sessions WHERE starts_at BETWEEN datetime('now') AND ?"
    params: list = [until]
    if style:
        sql += " AND style = ?"
        params.append(style)
    return [Session(**dict(r)) for r in db.execute(sql, params).fetchall()]


@mcp.tool
# ok: weak-input-schema
def book(request: BookingRequest) -> str:
    """Book a student into a session."""
    row = db.execute("SELECT capacity - booked AS free FROM sessions WHERE id = ?", (request.session_id,)).fetchone()
    if not row or row["free"] <= 0:
        return "session is full"
    db.execute("UPDATE sessions SET booked = booked + 1 WHERE id = ?", (request.session_id,))
    db.execute("INSERT INTO bookings (session_id, email, mat) VALUES (?, ?, ?)", (request.session_id, request.student_email, request.mat_rental))
    db.commit()
    return "booked"


@mcp.tool
async def online_link(session_id: int) -> str:
    """Create the Zoom link for a livestreamed session."""
    row = db.execute("SELECT style, teacher, starts_at FROM sessions WHERE id = ?", (session_id,)).fetchone()
    if not row:
        return "no such session"
    return await create_zoom_link(f"{row['style'].title()} with {row['teacher']}", row["starts_at"])


@mcp.tool
def issue_guest_pass(email: str) -> str:
    """Issue a one-time guest pass."""
    code = guest_pass_code()
    db.execute("INSERT INTO guest_passes (email, code) VALUES (?, ?)", (email, code))
    db.commit()
    return f"guest pass {code}"


@mcp.tool
def import_teacher_plan(plan_yaml: str) -> str:
    """Import a teacher's weekly plan (YAML exported from the old scheduling app)."""
    plan = parse_teacher_plan(plan_yaml)
    return f"imported {len(plan.get('weekly', []))} weekly slots for {plan.get('teacher')}"


@mcp.tool
def update_studio_rules(rules_yaml: str) -> str:
    """Replace the studio rules (YAML: cancellation window, late policy…)."""
    rules = parse_studio_rules(rules_yaml)
    db.execute("REPLACE INTO settings (key, value) VALUES ('rules', ?)", (repr(rules),))
    db.commit()
    return f"{len(rules)} rules saved"


@mcp.resource("studio://rules")
def studio_rules() -> str:
    row = db.execute("SELECT value FROM settings WHERE key = 'rules'").fetchone()
    return row["value"] if row else "no rules set"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(
        transport="http",
        # ruleid: bind-all-interfaces
        host="0.0.0.0",
        port=int(os.environ.get("PORT", "8000")),
    )
