"""Salesforce CRM: SOQL against the API plus fast lookups in a local Postgres mirror."""
import ast
import os
from typing import Annotated, Literal

import httpx
import psycopg
from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

from models import AccountQuery, ContactOut
from sf import SF_API, sf_headers

mcp = FastMCP("salesforce-mirror")
PG_DSN = os.environ.get("SF_MIRROR_DSN", "postgresql://localhost/sf_mirror")


def pg() -> psycopg.Connection:
    return psycopg.connect(PG_DSN, autocommit=True)


@mcp.tool()
def search_accounts(q: AccountQuery) -> list[dict]:
    """Search mirrored accounts by name fragment and industry."""
    with pg() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT id, name, industry, annual_revenue FROM account WHERE name ILIKE '%{q.name_contains}%' ORDER BY {q.order_by} LIMIT {q.limit}")
        cols = [d.name for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]


@mcp.tool()
def find_contact(email: Annotated[str, Field(max_length=254, description="Contact e-mail address")]) -> ContactOut | None:
    """Look up a contact by e-mail."""
    with pg() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT id, first_name, last_name, email, account_id FROM contact WHERE lower(email) = lower(%(email)s)", {"email": email})
        row = cur.fetchone()
    return ContactOut(id=row[0], first_name=row[1], last_name=row[2], email=row[3], account_id=row[4]) if row else None


@mcp.tool()
# ok: weak-input-schema
def opportunities_in_stage(stage: Literal["Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won", "Closed Lost"], limit: int = 50) -> list[dict]:
    """Open opportunities in a pipeline stage."""
    with pg() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT id, name, amount, close_date FROM opportunity WHERE stage_name = %s ORDER BY close_date LIMIT %s", (stage, min(limit, 500)))
        return [{"id": r[0], "name": r[1], "amount": float(r[2] or 0), "close_date": str(r[3])} for r in cur.fetchall()]


@mcp.tool()
# ruleid: weak-input-schema
async def run_soql(query, limit=200):
    """Run a SOQL query against the live org."""
    async with httpx.AsyncClient(timeout=30) as client:
        r = await client.get(f"{SF_API}/query", params={"q": f"{query} LIMIT {int(limit)}"}, headers=await sf_headers())
        r.raise_for_status()
    return r.json()["records"]


@mcp.tool()
def forecast(amounts_literal: str, weights: str = "[1, 1, 1]") -> float:
    """Weighted forecast from a Python list literal of amounts, e.g. "[1200, 560.5]"."""
    # ok: tool-input-to-eval
    amounts = ast.literal_eval(amounts_literal)
    # ruleid: tool-input-to-eval
    w = eval(weights)
    return float(sum(a * b for a, b in zip(amounts, w)))


if __name__ == "__main__":
    mcp.run()
