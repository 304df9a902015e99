"""Small SQL helpers on top of aiosqlite."""
import aiosqlite

DB = "salon.db"

STYLIST_COLUMNS = {"name": "stylist_name", "rating": "avg_rating", "price": "base_price"}


async def fetch_all(sql: str, params: tuple = ()) -> list[tuple]:
    async with aiosqlite.connect(DB) as conn:
        # ok: tool-input-to-sql
        cur = await conn.execute(sql, params)
        return await cur.fetchall()


def services_query(category: str) -> str:
    return "SELECT name, minutes, price FROM services WHERE category = '{}'".format(category)


async def run_raw(sql: str) -> list[tuple]:
    async with aiosqlite.connect(DB) as conn:
        # ruleid: tool-input-to-sql
        cur = await conn.execute(sql)
        return await cur.fetchall()
