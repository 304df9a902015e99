from datetime import date

import aiosqlite

SORT_COLUMNS = {"payee": "payee ASC", "total": "total DESC", "last_seen": "last_seen DESC"}


async def _rows(db: aiosqlite.Connection, sql: str, params: tuple = ()) -> list[dict]:
    async with db.execute(sql, params) as cur:
        return [dict(r) for r in await cur.fetchall()]


async def month_summary(db: aiosqlite.Connection, month: str) -> dict:
    rows = await _rows(db, "SELECT grp, SUM(budgeted) b, SUM(activity) a FROM month_categories WHERE month = ? GROUP BY grp", (month,))
    return {r["grp"]: {"budgeted": r["b"], "activity": r["a"], "available": r["b"] + r["a"]} for r in rows}


async def category_spend(db: aiosqlite.Connection, category: str, since: date) -> list[dict]:
    sql = f"SELECT date, payee, amount_milli FROM transactions WHERE category = '{category}' AND date >= '{since.isoformat()}' ORDER BY date"
    # ruleid: tool-input-to-sql
    cursor = await db.execute(sql)
    return [dict(r) for r in await cursor.fetchall()]


async def payee_search(db: aiosqlite.Connection, fragment: str, sort: str) -> list[dict]:
    order = SORT_COLUMNS[sort]
    sql = "SELECT payee, SUM(amount_milli) total, MAX(date) last_seen FROM transactions WHERE payee LIKE ? GROUP BY payee ORDER BY " + order
    # ok: tool-input-to-sql
    cursor = await db.execute(sql, (f"%{fragment}%",))
    return [dict(r) for r in await cursor.fetchall()]


async def transactions_since(db: aiosqlite.Connection, account: str, days: int) -> list[dict]:
    sql = "SELECT * FROM transactions WHERE account = '{}' AND date >= date('now', '-{} days')".format(account, int(days))
    # ruleid: tool-input-to-sql
    cursor = await db.execute(sql)
    return [dict(r) for r in await cursor.fetchall()]


async def upsert_rows(db: aiosqlite.Connection, rows: list[dict]) -> int:
    # ok: tool-input-to-sql
    await db.executemany("INSERT OR REPLACE INTO transactions (date, payee, category, amount_milli) VALUES (:date, :payee, :category, :amount_milli)", rows)
    await db.commit()
    return len(rows)
