import os
from datetime import date, timedelta
from typing import Annotated, Literal

import asyncpg
from fastmcp import FastMCP
from pydantic import BaseModel, Field

mcp = FastMCP("library-loans")
_pool: asyncpg.Pool | None = None

REPORT_VIEWS = {
    "overdue": "v_overdue_loans",
    "popular": "v_popular_titles_90d",
    "idle_members": "v_members_without_loans_1y",
}


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(os.environ["LIBRARY_DSN"], min_size=1, max_size=5)
    return _pool


class LoanRequest(BaseModel):
    member_card: str = Field(pattern=r"^[A-Z]{2}\d{6}$")
    barcode: str = Field(pattern=r"^\d{12,14}$")
    weeks: int = Field(default=3, ge=1, le=8)


@mcp.tool
# ok: weak-input-schema
async def lend(req: LoanRequest) -> str:
    """Lends a copy to a member."""
    due = date.today() + timedelta(weeks=req.weeks)
    p = await pool()
    # ok: tool-input-to-sql
    await p.execute("INSERT INTO loans (member_card, barcode, due_on) VALUES ($1, $2, $3)", req.member_card, req.barcode, due)
    return f"due back on {due.isoformat()}"


@mcp.tool
async def search_catalogue(title: str, author: str | None = None) -> list[dict]:
    """Catalogue search by title and, optionally, author."""
    where = f"title ILIKE '%{title}%'"
    if author:
        where += f" AND author ILIKE '%{author}%'"
    p = await pool()
    # ruleid: tool-input-to-sql
    rows = await p.fetch(f"SELECT id, title, author, copies_available FROM catalogue WHERE {where} ORDER BY title LIMIT 50")
    return [dict(r) for r in rows]


@mcp.tool
async def report(kind: Literal["overdue", "popular", "idle_members"], limit: int = 50) -> list[dict]:
    """One of the standard circulation reports."""
    view = REPORT_VIEWS[kind]
    p = await pool()
    # ok: tool-input-to-sql
    rows = await p.fetch(f"SELECT * FROM {view} LIMIT $1", min(limit, 500))
    return [dict(r) for r in rows]


@mcp.tool
async def member_history(
    member_card: Annotated[str, Field(description="library card number")],
    order: str = "borrowed_on DESC",
) -> list[dict]:
    """Loan history of a member."""
    p = await pool()
    # ruleid: tool-input-to-sql
    rows = await p.fetch("SELECT barcode, borrowed_on, returned_on FROM loans WHERE member_card = $1 ORDER BY " + order, member_card)
    return [dict(r) for r in rows]


@mcp.tool
# ok: weak-input-schema
async def renew(barcode: Annotated[str, Field(pattern=r"^\d{12,14}$")]) -> str:
    """Renews a loan by one week if nobody has reserved the title."""
    p = await pool()
    async with p.acquire() as conn:
        # ok: tool-input-to-sql
        status = await conn.execute("UPDATE loans SET due_on = due_on + 7 WHERE barcode = $1 AND returned_on IS NULL AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.barcode = loans.barcode)", barcode)
    return "renewed" if status.endswith("1") else "could not renew (reserved or not on loan)"


if __name__ == "__main__":
    mcp.run()
