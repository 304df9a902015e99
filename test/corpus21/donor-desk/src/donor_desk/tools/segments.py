import os
from typing import Literal

import psycopg

from donor_desk.app import mcp
from donor_desk.decorators import log_calls

DSN = os.environ.get("DONOR_DSN", "postgresql://donor@localhost/donors")

SEGMENT_VIEWS = {
    "lapsed": "v_lapsed_donors",
    "major": "v_major_donors",
    "monthly": "v_monthly_donors",
}


@mcp.tool()
@log_calls
# ok: weak-input-schema
async def segment_members(segment: Literal["lapsed", "major", "monthly"], limit: int = 100) -> list[str]:
    """Donors in a predefined segment."""
    view = SEGMENT_VIEWS[segment]
    async with await psycopg.AsyncConnection.connect(DSN) as conn:
        # ok: tool-input-to-sql
        cur = await conn.execute(f"SELECT donor_id FROM {view} ORDER BY last_gift DESC LIMIT %s", (limit,))
        return [r[0] for r in await cur.fetchall()]


@mcp.tool()
@log_calls
async def custom_segment(where: str) -> int:
    """Count donors matching an ad-hoc condition written by the development officer."""
    async with await psycopg.AsyncConnection.connect(DSN) as conn:
        # ruleid: tool-input-to-sql
        cur = await conn.execute("SELECT COUNT(*) FROM donors WHERE " + where)
        return (await cur.fetchone())[0]
