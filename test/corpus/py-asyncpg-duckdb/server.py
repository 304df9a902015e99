import os
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator

import asyncpg
import duckdb
from mcp.server.fastmcp import FastMCP, Context


@dataclass
class AppContext:
    pool: asyncpg.Pool


@asynccontextmanager
async def lifespan(server: FastMCP) -> AsyncIterator[AppContext]:
    pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    try:
        yield AppContext(pool=pool)
    finally:
        await pool.close()


mcp = FastMCP("warehouse", lifespan=lifespan)
duck = duckdb.connect("warehouse.duckdb", read_only=True)
ALLOWED_TABLES = ("events", "sessions", "pageviews")


@mcp.tool()
async def top_customers(ctx: Context, country: str, limit: int = 10) -> list[dict]:
    """Top customers in a country by revenue."""
    pool = ctx.request_context.lifespan_context.pool
    rows = await pool.fetch(f"SELECT name, revenue FROM customers WHERE country = '{country}' ORDER BY revenue DESC LIMIT {limit}")  # FLAW tool-input-to-sql
    return [dict(r) for r in rows]


@mcp.tool()
async def customer(ctx: Context, customer_id: str) -> dict | None:
    """One customer."""
    pool = ctx.request_context.lifespan_context.pool
    row = await pool.fetchrow("SELECT * FROM customers WHERE id = $1", customer_id)  # SAFE tool-input-to-sql
    return dict(row) if row else None


@mcp.tool()
async def rename_customer(ctx: Context, customer_id: str, new_name: str) -> str:
    """Rename a customer."""
    pool = ctx.request_context.lifespan_context.pool
    async with pool.acquire() as conn:
        await conn.execute("UPDATE customers SET name = '%s' WHERE id = '%s'" % (new_name, customer_id))  # FLAW tool-input-to-sql
    return "renamed"


@mcp.tool()
def parquet_preview(path: str) -> str:
    """Preview a parquet file with DuckDB."""
    return duck.sql(f"SELECT * FROM read_parquet('{path}') LIMIT 20").df().to_markdown()  # FLAW tool-input-to-sql


@mcp.tool()
def table_count(table: str) -> int:
    """Row count of a warehouse table."""
    if table not in ALLOWED_TABLES:
        raise ValueError(f"table must be one of {ALLOWED_TABLES}")
    return duck.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # SAFE tool-input-to-sql


@mcp.tool()
def events_between(start: str, end: str) -> list:
    """Events between two timestamps."""
    return duck.execute("SELECT * FROM events WHERE ts BETWEEN ? AND ? LIMIT 500", [start, end]).fetchall()  # SAFE tool-input-to-sql


@mcp.tool()
def adhoc(sql_text: str) -> list:
    """Run an ad-hoc analytical query."""
    cur = duck.cursor()
    cur.execute(sql_text)  # FLAW tool-input-to-sql
    return cur.fetchall()


@mcp.tool()
async def funnel(ctx: Context, steps: list[str]) -> list[dict]:
    """Conversion funnel over event names."""
    pool = ctx.request_context.lifespan_context.pool
    conditions = " OR ".join(f"event = '{s}'" for s in steps)
    rows = await pool.fetch("SELECT event, count(DISTINCT user_id) AS users FROM events WHERE " + conditions + " GROUP BY event")  # FLAW tool-input-to-sql
    return [dict(r) for r in rows]


if __name__ == "__main__":
    mcp.run()
