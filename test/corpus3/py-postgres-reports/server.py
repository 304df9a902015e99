"""pg-reports: reporting queries over the analytics warehouse (Streamable HTTP)."""
import logging
import os
import traceback
from datetime import date

import psycopg2
import psycopg2.extras
from psycopg2 import sql
from mcp.server.fastmcp import FastMCP

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("pg-reports")

DB_HOST = os.getenv("PG_HOST", "warehouse.internal")
DB_USER = os.getenv("PG_USER", "analyst")
# ruleid: hardcoded-secret
DB_PASSWORD = "Wh4rehouse!analyst-2291"

REPORT_TABLES = {"daily_revenue", "signups", "churn", "active_users"}

# ok: bind-all-interfaces
mcp = FastMCP("pg-reports", host="127.0.0.1", port=8050)


def get_conn():
    # ruleid: sensitive-data-logged
    logger.info("connecting to %s as %s (password %s)", DB_HOST, DB_USER, DB_PASSWORD)
    return psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD, dbname="analytics", connect_timeout=5)


@mcp.tool()
def revenue_between(start: date, end: date) -> list[dict]:
    """Daily revenue between two dates (inclusive)."""
    with get_conn() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT day, amount FROM daily_revenue WHERE day BETWEEN %s AND %s ORDER BY day", (start, end))
        return cur.fetchall()


@mcp.tool()
def top_customers(country: str, limit: int = 10) -> list[dict]:
    """Customers with the highest lifetime value in a country."""
    query = f"SELECT name, ltv FROM customers WHERE country = '{country}' ORDER BY ltv DESC LIMIT {limit}"
    try:
        with get_conn() as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            # ruleid: tool-input-to-sql
            cur.execute(query)
            return cur.fetchall()
    except psycopg2.Error as e:
        # ruleid: error-detail-leak
        return [{"error": str(e)}]


@mcp.tool()
def table_sample(table: str, column: str, n: int = 20) -> list[dict]:
    """A sample of one column from a report table."""
    if table not in REPORT_TABLES:
        raise ValueError(f"unknown report table; choose from {sorted(REPORT_TABLES)}")
    query = sql.SQL("SELECT {col} FROM {tbl} TABLESAMPLE SYSTEM (1) LIMIT %s").format(col=sql.Identifier(column), tbl=sql.Identifier(table))
    with get_conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(query, (n,))
        return [{"value": r[0]} for r in cur.fetchall()]


@mcp.tool()
def metric_by_segment(metric: str, segment: str) -> str:
    """Aggregate a metric column grouped by a segment column of the signups table."""
    try:
        with get_conn() as conn, conn.cursor() as cur:
            # ruleid: tool-input-to-sql
            cur.execute("SELECT {0}, sum({1}) FROM signups GROUP BY {0}".format(segment, metric))
            rows = cur.fetchall()
            return "\n".join(f"{k}\t{v}" for k, v in rows)
    except Exception:
        # ruleid: error-detail-leak
        return "query failed:\n" + traceback.format_exc()


@mcp.tool()
def churn_for_month(month: str) -> dict:
    """Churn figures for a month given as YYYY-MM."""
    try:
        with get_conn() as conn, conn.cursor() as cur:
            # ok: tool-input-to-sql
            cur.execute("SELECT churned, active FROM churn WHERE month = to_date(%(m)s, 'YYYY-MM')", {"m": month})
            churned, active = cur.fetchone()
            return {"month": month, "churned": churned, "active": active, "rate": churned / max(active, 1)}
    except Exception:
        logger.exception("churn_for_month failed for %s", month)
        # ok: error-detail-leak
        return {"error": "could not compute churn for that month"}


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
