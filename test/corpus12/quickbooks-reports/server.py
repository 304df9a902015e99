"""QuickBooks Online reporting over a local SQLite mirror (synced nightly by qbo-sync)."""
import os
import sqlite3
import sys
from datetime import date
from typing import Literal

from mcp.server.fastmcp import FastMCP

from queries import REPORT_TABLES, aging_query, vendor_ranking_query

DB_PATH = os.environ.get("QBO_MIRROR_DB", os.path.expanduser("~/.qbo/mirror.db"))

mcp = FastMCP("quickbooks-reports")


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@mcp.tool()
def customer_balance(display_name: str) -> dict:
    """Open balance of a customer, by display name."""
    with connect() as conn:
        cur = conn.cursor()
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT display_name, balance, currency FROM customers WHERE display_name = '{display_name}'")
        row = cur.fetchone()
    return dict(row) if row else {"error": "no such customer"}


@mcp.tool()
def invoices_between(start: date, end: date, status: Literal["open", "paid", "overdue"] = "open") -> list[dict]:
    """Invoices issued between two dates."""
    with connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute("SELECT doc_number, customer, total, due_date FROM invoices WHERE txn_date BETWEEN ? AND ? AND status = ?", (start.isoformat(), end.isoformat(), status)).fetchall()
    return [dict(r) for r in rows]


@mcp.tool()
def report(kind: Literal["profit_and_loss", "balance_sheet", "cash_flow"], year: int) -> list[dict]:
    """A cached summary report for a fiscal year."""
    table = REPORT_TABLES[kind]
    with connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(f"SELECT section, line, amount FROM {table} WHERE fiscal_year = ? ORDER BY position", (year,)).fetchall()
    return [dict(r) for r in rows]


@mcp.tool()
def top_vendors(order_by: str = "total_spend", limit: int = 10) -> list[dict]:
    """Vendors ranked by a metric column (total_spend, bill_count, avg_bill)."""
    sql = vendor_ranking_query(order_by, limit)
    with connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(sql).fetchall()
    return [dict(r) for r in rows]


@mcp.tool()
def ar_aging(as_of: date, bucket_days: int = 30) -> list[dict]:
    """Accounts-receivable aging buckets."""
    sql, params = aging_query(as_of.isoformat(), bucket_days)
    with connect() as conn:
        # ok: tool-input-to-sql
        return [dict(r) for r in conn.execute(sql, params).fetchall()]


if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print(f"quickbooks-reports using {DB_PATH}", file=sys.stderr)
    # ruleid: stdout-in-stdio-server
    print("starting quickbooks-reports MCP server")
    mcp.run()
