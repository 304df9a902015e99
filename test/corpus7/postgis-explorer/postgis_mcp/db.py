import os

import asyncpg

_pool: asyncpg.Pool | None = None

LAYERS = {
    "parcels": "cadastre.parcels",
    "buildings": "osm.buildings",
    "bike_lanes": "mobility.bike_lanes",
    "flood_zones": "hazard.flood_zones",
}


async def pool() -> asyncpg.Pool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(os.environ["POSTGIS_DSN"], min_size=1, max_size=5)
    return _pool


async def nearby(layer: str, lon: float, lat: float, radius_m: float, limit: int):
    table = LAYERS[layer]
    async with (await pool()).acquire() as conn:
        # ok: tool-input-to-sql
        return await conn.fetch(f"SELECT id, name, ST_AsGeoJSON(geom) AS geojson FROM {table} WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography, $3) LIMIT $4", lon, lat, radius_m, limit)


async def search_by_name(layer: str, name: str):
    async with (await pool()).acquire() as conn:
        # ruleid: tool-input-to-sql
        return await conn.fetch(f"SELECT id, name FROM {layer} WHERE name ILIKE '%{name}%' LIMIT 100")


async def area_stats(layer: str, where: str):
    sql = "SELECT COUNT(*) AS n, SUM(ST_Area(geom::geography)) AS m2 FROM " + LAYERS[layer] + " WHERE " + where
    async with (await pool()).acquire() as conn:
        # ruleid: tool-input-to-sql
        return await conn.fetchrow(sql)


async def intersecting(layer: str, geojson: str):
    async with (await pool()).acquire() as conn:
        # ok: tool-input-to-sql
        return await conn.fetch(f"SELECT id, name FROM {LAYERS[layer]} WHERE ST_Intersects(geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326)) LIMIT 500", geojson)
