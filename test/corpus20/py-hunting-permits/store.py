import os

import psycopg

DSN = os.environ.get("PERMITS_DSN", "postgresql://permits@localhost/permits")


async def fetch_all(sql: str, params: tuple | None = None) -> list[tuple]:
    async with await psycopg.AsyncConnection.connect(DSN) as conn:
        async with conn.cursor() as cur:
            # ruleid: tool-input-to-sql
            await cur.execute(sql, params)
            return await cur.fetchall()
