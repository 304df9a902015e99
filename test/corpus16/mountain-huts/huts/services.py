import os
from urllib.parse import quote

import aiosqlite
import httpx

DB_FILE = os.environ.get("HUTS_DB", "huts.db")
FORECAST_API = "https://api.alpine-forecast.example/v1"


async def availability(hut: str, night: str) -> list[tuple]:
    async with aiosqlite.connect(DB_FILE) as db:
        sql = "SELECT dorm, free_beds FROM beds WHERE hut = '%s' AND night = '%s'" % (hut, night)
        # ruleid: tool-input-to-sql
        async with db.execute(sql) as cur:
            return await cur.fetchall()


async def reserve(hut: str, night: str, guests: int, name: str) -> int:
    async with aiosqlite.connect(DB_FILE) as db:
        # ok: tool-input-to-sql
        cur = await db.execute("INSERT INTO reservations (hut, night, guests, guest_name) VALUES (?, ?, ?, ?)", (hut, night, guests, name))
        await db.commit()
        return cur.lastrowid


async def forecast(hut: str) -> dict:
    # ok: tls-verification-disabled
    async with httpx.AsyncClient(timeout=10, verify=os.environ.get("HUTS_CA_BUNDLE", True)) as client:
        # ok: tool-input-to-url
        r = await client.get(f"{FORECAST_API}/huts/{quote(hut, safe='')}/forecast")
        return r.json()


async def webcam_snapshot(webcam_url: str) -> bytes:
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        # ruleid: tool-input-to-url
        r = await client.get(webcam_url)
        return r.content
