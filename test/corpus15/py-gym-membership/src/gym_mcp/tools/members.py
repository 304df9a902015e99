import hashlib
from typing import Annotated

from pydantic import Field

from ..app import db, log_calls, logger, mcp

ALLOWED_FILTER_COLUMNS = {"plan", "home_club", "status"}


@mcp.tool()
@log_calls
async def search_members(name: Annotated[str, Field(min_length=2, max_length=60)]) -> str:
    """Find members by (part of) their name."""
    # ok: tool-input-to-sql
    rows = db().execute("SELECT member_no, full_name, plan FROM members WHERE full_name LIKE ? LIMIT 25", (f"%{name}%",)).fetchall()
    return "\n".join(f"{r['member_no']} {r['full_name']} ({r['plan']})" for r in rows) or "no match"


def _where(filters: dict) -> str:
    return " AND ".join(f"{col} = '{val}'" for col, val in filters.items())


@mcp.tool()
@log_calls
# ruleid: weak-input-schema
async def member_report(filters: dict) -> str:
    """Count members matching column filters, e.g. {"plan": "offpeak", "home_club": "north"}."""
    sql = "SELECT COUNT(*) AS n FROM members"
    if filters:
        sql += " WHERE " + _where(filters)
    # ruleid: tool-input-to-sql
    n = db().execute(sql).fetchone()["n"]
    return f"{n} members"


@mcp.tool()
@log_calls
async def members_by(column: str, value: str) -> str:
    """Members where an allowed column (plan, home_club, status) has a value."""
    if column not in ALLOWED_FILTER_COLUMNS:
        raise ValueError(f"column must be one of {sorted(ALLOWED_FILTER_COLUMNS)}")
    # ok: tool-input-to-sql
    rows = db().execute(f"SELECT member_no, full_name FROM members WHERE {column} = ?", (value,)).fetchall()
    return "\n".join(f"{r['member_no']} {r['full_name']}" for r in rows)


@mcp.tool()
@log_calls
async def reset_door_pin(member_no: str, new_pin: Annotated[str, Field(pattern=r"^[0-9]{4,6}$")]) -> str:
    """Set a member's door PIN."""
    digest = hashlib.sha256(f"{member_no}:{new_pin}".encode()).hexdigest()
    db().execute("UPDATE members SET pin_sha256 = ? WHERE member_no = ?", (digest, member_no))
    db().commit()
    # ruleid: sensitive-data-logged
    logger.info("door PIN for %s changed to %s", member_no, new_pin)
    return "PIN updated"
