import os
from typing import Literal

import pandas as pd
import psycopg
from psycopg import sql as pgsql
from pydantic import BaseModel, Field
from sqlalchemy import create_engine, text

from mcp.server.fastmcp import FastMCP

# ruleid: hardcoded-secret
DB_PASSWORD = "Pr0d-analytics!2024#reporting"
DB_HOST = os.environ.get("ANALYTICS_DB_HOST", "localhost")

engine = create_engine(f"postgresql+psycopg://analyst:{DB_PASSWORD}@{DB_HOST}/sales", pool_pre_ping=True)

mcp = FastMCP("sales-analytics")

METRICS = {"revenue": "sum(amount)", "orders": "count(*)", "avg_basket": "avg(amount)"}
DIMENSIONS = {"region", "channel", "product_line", "sales_rep"}


class RangeQuery(BaseModel):
    start: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    end: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    region: str | None = None


@mcp.tool()
# ok: weak-input-schema
def revenue_by_day(q: RangeQuery) -> list[dict]:
    """Daily revenue between two dates, optionally for one region."""
    with psycopg.connect(conninfo=os.environ["ANALYTICS_DSN"]) as conn, conn.cursor() as cur:
        query = "SELECT day, sum(amount) FROM sales WHERE day BETWEEN %s AND %s"
        params: list = [q.start, q.end]
        if q.region:
            query += " AND region = %s"
            params.append(q.region)
        # ok: tool-input-to-sql
        cur.execute(query + " GROUP BY day ORDER BY day", params)
        return [{"day": str(d), "revenue": float(v)} for d, v in cur.fetchall()]


@mcp.tool()
def metric_by(metric: Literal["revenue", "orders", "avg_basket"], dimension: str) -> list[dict]:
    """Aggregate a metric by one dimension column."""
    if dimension not in DIMENSIONS:
        raise ValueError(f"dimension must be one of {sorted(DIMENSIONS)}")
    stmt = f"SELECT {dimension}, {METRICS[metric]} AS value FROM sales GROUP BY {dimension} ORDER BY value DESC"
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(text(stmt)).mappings().all()
    return [dict(r) for r in rows]


@mcp.tool()
def top_products(order_by: str = "revenue", limit: int = 10) -> list[dict]:
    """Top products, ordered by a column."""
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(text(f"SELECT product, sum(amount) AS revenue, count(*) AS orders FROM sales GROUP BY product ORDER BY {order_by} DESC LIMIT {limit}")).mappings().all()
    return [dict(r) for r in rows]


@mcp.tool()
def customer_lifetime_value(customer_email: str) -> float:
    """Total spend of one customer."""
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        value = conn.execute(text("SELECT coalesce(sum(amount), 0) FROM sales WHERE customer_email = :email"), {"email": customer_email}).scalar()
    return float(value)


@mcp.tool()
def table_rowcount(table: str) -> int:
    """Row count of any table."""
    with psycopg.connect(conninfo=os.environ["ANALYTICS_DSN"]) as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(pgsql.SQL("SELECT count(*) FROM {}").format(pgsql.Identifier(table)))
        return cur.fetchone()[0]


@mcp.tool()
def run_report(where_clause: str) -> list[tuple]:
    """Run the standard sales report with a custom filter."""
    with psycopg.connect(conninfo=os.environ["ANALYTICS_DSN"]) as conn, conn.cursor() as cur:
        query = "SELECT region, channel, sum(amount) FROM sales WHERE {} GROUP BY 1, 2".format(where_clause)
        # ruleid: tool-input-to-sql
        cur.execute(query)
        return cur.fetchall()


@mcp.tool()
def cohort_table(signup_month: str) -> str:
    """Retention cohort table for customers who signed up in a month (YYYY-MM)."""
    # ruleid: tool-input-to-sql
    df = pd.read_sql(f"SELECT customer_email, date_trunc('month', day) AS m FROM sales WHERE signup_month = '{signup_month}'", engine)
    return df.groupby("m").customer_email.nunique().to_string()


if __name__ == "__main__":
    mcp.run()
