import ast
import os
from typing import Annotated, Literal

import psycopg
from pydantic import BaseModel, Field

from donor_desk.app import mcp
from donor_desk.decorators import log_calls

DSN = os.environ.get("DONOR_DSN", "postgresql://donor@localhost/donors")


class GiftFilter(BaseModel):
    fund: Literal["general", "building", "scholarship", "endowment"]
    year: Annotated[int, Field(ge=2000, le=2100)]
    min_amount: Annotated[float, Field(ge=0)] = 0


@mcp.tool()
@log_calls
# ok: weak-input-schema
async def gifts_by_fund(flt: GiftFilter) -> list[dict]:
    """Gifts to a fund in a calendar year."""
    async with await psycopg.AsyncConnection.connect(DSN) as conn:
        async with conn.cursor() as cur:
            # ok: tool-input-to-sql
            await cur.execute("SELECT donor_id, amount, gift_date FROM gifts WHERE fund = %s AND EXTRACT(YEAR FROM gift_date) = %s AND amount >= %s", (flt.fund, flt.year, flt.min_amount))
            rows = await cur.fetchall()
    return [{"donor": r[0], "amount": float(r[1]), "date": r[2].isoformat()} for r in rows]


@mcp.tool()
@log_calls
async def donor_history(donor_id: str, since: str = "2000-01-01") -> list[dict]:
    """Giving history of one donor."""
    async with await psycopg.AsyncConnection.connect(DSN) as conn:
        async with conn.cursor() as cur:
            # ruleid: tool-input-to-sql
            await cur.execute("SELECT amount, fund, gift_date FROM gifts WHERE donor_id = '{}' AND gift_date >= '{}'".format(donor_id, since))
            rows = await cur.fetchall()
    return [{"amount": float(a), "fund": f, "date": d.isoformat()} for a, f, d in rows]


@mcp.tool()
@log_calls
async def parse_pledge_schedule(schedule: str) -> list:
    """Parse a pledge schedule written as a Python literal, e.g. [("2025-01", 250), ("2025-07", 250)]."""
    # ok: tool-input-to-eval
    items = ast.literal_eval(schedule)
    return [{"month": m, "amount": a} for m, a in items]


@mcp.tool()
@log_calls
async def matching_gift(amount: float, rule: str = "amount * 1.0") -> float:
    """Compute an employer match from the employer's matching rule."""
    # ruleid: tool-input-to-eval
    return float(eval(rule, {"__builtins__": {}}, {"amount": amount}))
