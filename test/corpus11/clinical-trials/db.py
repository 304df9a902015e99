"""asyncpg access to the trial registry mirror."""
import os

import asyncpg

_pool: asyncpg.Pool | None = None

PHASE_TABLES = {"1": "trials_phase1", "2": "trials_phase2", "3": "trials_phase3", "4": "trials_phase4"}


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(os.environ.get("TRIALS_DSN", "postgresql://trials@localhost/registry"), min_size=1, max_size=4)
    return _pool


async def trial(nct_id: str) -> dict | None:
    async with (await pool()).acquire() as conn:
        # ok: tool-input-to-sql
        row = await conn.fetchrow("SELECT nct_id, title, status, phase, sponsor FROM trials WHERE nct_id = $1", nct_id)
    return dict(row) if row else None


async def by_phase(phase: str, condition: str) -> list[dict]:
    table = PHASE_TABLES[phase]
    async with (await pool()).acquire() as conn:
        # ok: tool-input-to-sql
        rows = await conn.fetch(f"SELECT nct_id, title FROM {table} WHERE condition ILIKE $1 LIMIT 200", f"%{condition}%")
    return [dict(r) for r in rows]


async def by_sponsor(sponsor: str, statuses: list[str]) -> list[dict]:
    status_list = ", ".join("'%s'" % s for s in statuses)
    sql = f"SELECT nct_id, title, status FROM trials WHERE sponsor = $1 AND status IN ({status_list})"
    async with (await pool()).acquire() as conn:
        # ruleid: tool-input-to-sql
        rows = await conn.fetch(sql, sponsor)
    return [dict(r) for r in rows]


async def enrollment_report(group_by: str) -> list[dict]:
    async with (await pool()).acquire() as conn:
        # ruleid: tool-input-to-sql
        rows = await conn.fetch("SELECT {0}, SUM(enrollment) AS enrolled FROM trials GROUP BY {0} ORDER BY enrolled DESC".format(group_by))
    return [dict(r) for r in rows]
