"""Envelope-budget MCP server (YNAB / Actual Budget style) over a local SQLite export."""
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

import aiosqlite
from fastmcp import Context, FastMCP
from pydantic import BaseModel, Field

from queries import category_spend, month_summary, payee_search, transactions_since, upsert_rows

DB_PATH = "budget.sqlite"


@dataclass
class AppState:
    db: aiosqlite.Connection


@asynccontextmanager
async def lifespan(server: FastMCP) -> AsyncIterator[AppState]:
    db = await aiosqlite.connect(DB_PATH)
    db.row_factory = aiosqlite.Row
    try:
        yield AppState(db=db)
    finally:
        await db.close()


mcp = FastMCP("budget-ledger", lifespan=lifespan)


class Txn(BaseModel):
    date: date
    payee: str = Field(max_length=120)
    category: str = Field(max_length=60)
    amount_milli: int


def state(ctx: Context) -> AppState:
    return ctx.request_context.lifespan_context


@mcp.tool
# ok: weak-input-schema
async def monthly_summary(month: Annotated[str, Field(pattern=r"^\d{4}-\d{2}$")], ctx: Context) -> dict:
    """Budgeted, activity and available per category group for a month (YYYY-MM)."""
    return await month_summary(state(ctx).db, month)


@mcp.tool
async def spend_by_category(category: str, since: date, ctx: Context) -> list[dict]:
    """Spending in one category since a date."""
    return await category_spend(state(ctx).db, category, since)


@mcp.tool
async def find_payee(fragment: str, ctx: Context, sort: Literal["payee", "total", "last_seen"] = "total") -> list[dict]:
    """Payees whose name contains the fragment, with their totals."""
    return await payee_search(state(ctx).db, fragment, sort)


@mcp.tool
async def recent_transactions(account: str, days: int, ctx: Context) -> list[dict]:
    """Transactions of an account over the last N days."""
    return await transactions_since(state(ctx).db, account, days)


@mcp.tool
async def import_transactions(rows: list[Txn], ctx: Context) -> str:
    """Import transactions parsed from a bank CSV."""
    count = await upsert_rows(state(ctx).db, [r.model_dump() for r in rows])
    return f"imported {count} transactions"


@mcp.tool
# ruleid: weak-input-schema
async def apply_rule(rule: dict, ctx: Context) -> str:
    """Apply an auto-categorisation rule {'match': ..., 'category': ...} to past transactions."""
    db = state(ctx).db
    cur = await db.execute("UPDATE transactions SET category = ? WHERE payee LIKE ?", (rule.get("category"), f"%{rule.get('match', '')}%"))
    await db.commit()
    return f"{cur.rowcount} transactions recategorised"


if __name__ == "__main__":
    mcp.run()
