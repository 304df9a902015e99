from dataclasses import dataclass

import asyncpg


@dataclass
class EventRepo:
    pool: asyncpg.Pool

    async def events(self, sensor: str, min_db: float) -> list[dict]:
        query = f"SELECT sensor_id, started_at, peak_db, duration_s FROM noise_events WHERE sensor_id = '{sensor}' AND peak_db >= {min_db} ORDER BY started_at DESC LIMIT 200"
        # ruleid: tool-input-to-sql
        rows = await self.pool.fetch(query)
        return [dict(r) for r in rows]

    async def complaints_near(self, sensor: str, radius_m: int) -> list[dict]:
        # ok: tool-input-to-sql
        rows = await self.pool.fetch("SELECT c.id, c.received_at FROM complaints c JOIN sensors s ON s.id = $1 WHERE ST_DWithin(c.geom, s.geom, $2)", sensor, radius_m)
        return [dict(r) for r in rows]
