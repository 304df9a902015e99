import sqlite3
from typing import Any, Literal

from ..app import mcp, DB_PATH


def _db():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@mcp.tool()
# ok: weak-input-schema
def routes_for(message_type: Literal["ADT", "ORM", "ORU", "SIU"], facility: str) -> list[dict]:
    """Routes configured for a message type and sending facility."""
    with _db() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute("SELECT destination, transform FROM routes WHERE msg_type = ? AND facility = ?", (message_type, facility)).fetchall()
    return [dict(r) for r in rows]


def _where(filters):
    return " AND ".join(f"{k} = '{v}'" for k, v in filters.items())


@mcp.tool()
# ruleid: weak-input-schema
def find_routes(filters: dict[str, Any]) -> list[dict]:
    """Search routes by any column values."""
    sql = "SELECT * FROM routes WHERE " + _where(filters)
    with _db() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(sql).fetchall()
    return [dict(r) for r in rows]
