import os

import aiosqlite

from .models import Adjustment, LotSearch, StockQuery

DB_PATH = os.environ.get("PHARMACY_DB", "/var/lib/pharmacy/inventory.db")
SORTS = {"expiry": "expires_on", "quantity": "quantity DESC", "name": "drug_name"}


async def on_hand(q: StockQuery) -> int:
    async with aiosqlite.connect(DB_PATH) as conn:
        # ok: tool-input-to-sql
        cur = await conn.execute("SELECT COALESCE(SUM(quantity), 0) FROM lots WHERE ndc = ? AND location = ?", (q.ndc, q.location))
        (total,) = await cur.fetchone()
    return int(total)


async def lots(search: LotSearch) -> list[tuple]:
    clauses = [f"drug_name LIKE '%{search.drug_name}%'"]
    if search.expiring_before:
        clauses.append(f"expires_on < '{search.expiring_before.isoformat()}'")
    sql = "SELECT lot, drug_name, quantity, expires_on FROM lots WHERE " + " AND ".join(clauses) + " ORDER BY " + SORTS.get(search.sort, "expires_on")
    async with aiosqlite.connect(DB_PATH) as conn:
        # ruleid: tool-input-to-sql
        cur = await conn.execute(sql)
        return await cur.fetchall()


async def adjust(adj: Adjustment) -> None:
    async with aiosqlite.connect(DB_PATH) as conn:
        # ok: tool-input-to-sql
        await conn.execute("INSERT INTO adjustments (ndc, delta, reason) VALUES (:ndc, :delta, :reason)", adj.model_dump())
        await conn.commit()


async def controlled_log(schedule: str) -> list[tuple]:
    async with aiosqlite.connect(DB_PATH) as conn:
        # ruleid: tool-input-to-sql
        cur = await conn.execute("SELECT * FROM controlled_substance_log WHERE schedule = '" + schedule + "' ORDER BY ts DESC")
        return await cur.fetchall()
