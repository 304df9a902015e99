"""Bakery order book MCP server (FastMCP, sqlite)."""
from __future__ import annotations

import json
import pickle
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any, Literal

from mcp.server.fastmcp import FastMCP

DB_PATH = Path.home() / ".bakery" / "orders.db"
CACHE_DIR = Path.home() / ".bakery" / "cache"

mcp = FastMCP("bakery-orders")

_conn = sqlite3.connect(DB_PATH)
_conn.row_factory = sqlite3.Row

SORT_COLUMNS = {"pickup": "pickup_date", "customer": "customer_name", "total": "total_cents"}


def _rows(cur: sqlite3.Cursor) -> list[dict]:
    return [dict(r) for r in cur.fetchall()]


@mcp.tool()
async def orders_for_day(day: str) -> str:
    """List cake and bread orders due for pickup on a day (YYYY-MM-DD)."""
    cur = _conn.cursor()
    # ok: tool-input-to-sql
    cur.execute("SELECT * FROM orders WHERE pickup_date = ? ORDER BY pickup_time", (day,))
    return json.dumps(_rows(cur), default=str)


@mcp.tool()
async def search_customers(name: str, sort: str = "pickup") -> str:
    """Find orders by customer name."""
    column = SORT_COLUMNS.get(sort, "pickup_date")
    cur = _conn.cursor()
    # ok: tool-input-to-sql
    cur.execute(f"SELECT * FROM orders WHERE customer_name LIKE ? ORDER BY {column}", (f"%{name}%",))
    return json.dumps(_rows(cur), default=str)


@mcp.tool()
async def orders_with_flavour(flavour: str) -> str:
    """Orders containing a flavour, e.g. 'lemon'."""
    where = "flavours LIKE '%" + flavour + "%'"
    cur = _conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute("SELECT id, customer_name, pickup_date FROM orders WHERE " + where)
    return json.dumps(_rows(cur), default=str)


@mcp.tool()
async def mark_collected(order_id: int) -> str:
    """Mark an order as collected by the customer."""
    _conn.execute("UPDATE orders SET status = 'collected' WHERE id = ?", (order_id,))
    _conn.commit()
    return f"order {order_id} collected"


@mcp.tool()
async def revenue_report(period: Literal["week", "month", "year"]) -> str:
    """Revenue for the current week/month/year."""
    fmt = {"week": "%Y-%W", "month": "%Y-%m", "year": "%Y"}[period]
    cur = _conn.cursor()
    cur.execute(
        "SELECT strftime(?, pickup_date) AS bucket, SUM(total_cents) AS cents FROM orders GROUP BY bucket",
        (fmt,),
    )
    return json.dumps(_rows(cur))


# ruleid: weak-input-schema
@mcp.tool()
async def update_order(order_id: int, changes: dict) -> str:
    """Apply changes to an order (fields → values)."""
    sets = ", ".join(f"{k} = ?" for k in changes)
    # ruleid: tool-input-to-sql
    _conn.execute(f"UPDATE orders SET {sets} WHERE id = ?", (*changes.values(), order_id))
    _conn.commit()
    return "updated"


@mcp.tool()
async def restore_draft(draft_name: str) -> str:
    """Restore a draft order saved by the POS tablet."""
    blob = (CACHE_DIR / "drafts.bin").read_bytes()
    drafts = json.loads(blob.decode())
    return json.dumps(drafts.get(draft_name, {}))


@mcp.tool()
async def import_tablet_snapshot(snapshot_hex: str) -> str:
    """Import an order snapshot exported from the shop tablet (hex-encoded)."""
    raw = bytes.fromhex(snapshot_hex)
    # ruleid: unsafe-deserialization
    snapshot: dict[str, Any] = pickle.loads(raw)
    return f"imported {len(snapshot.get('orders', []))} orders"


@mcp.tool()
async def today() -> str:
    """Today's date in the bakery's calendar."""
    return date.today().isoformat()


if __name__ == "__main__":
    mcp.run()
