import os

import aiohttp
import httpx

from net import assert_allowed_host, looks_like_ebird

API = "https://api.ebird.org/v2"
HEADERS = {"X-eBirdApiToken": os.environ.get("EBIRD_API_TOKEN", "")}


async def _get(path: str, **params) -> list[dict]:
    async with httpx.AsyncClient(base_url=API, headers=HEADERS, timeout=20) as client:
        resp = await client.get(path, params=params)
        resp.raise_for_status()
        return resp.json()


async def region_obs(region: str, back: int, species: str | None) -> list[dict]:
    path = f"/data/obs/{region}/recent" + (f"/{species}" if species else "")
    return await _get(path, back=back, maxResults=200)


async def recent_notable(lat: float, lng: float, dist: int) -> list[dict]:
    return await _get("/data/obs/geo/recent/notable", lat=lat, lng=lng, dist=dist)


async def hotspot_obs(loc_id: str) -> list[dict]:
    return await _get(f"/data/obs/{loc_id}/recent")


async def import_checklist(url: str) -> dict:
    if not looks_like_ebird(url):
        raise ValueError("not an eBird checklist URL")
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(url, allow_redirects=True) as resp:
            html = await resp.text()
    return {"status": resp.status, "length": len(html)}


async def fetch_media(asset_url: str) -> dict:
    safe_url = assert_allowed_host(asset_url)
    async with httpx.AsyncClient(timeout=20, follow_redirects=False) as client:
        # ok: tool-input-to-url
        resp = await client.head(safe_url)
    return {"status": resp.status_code, "type": resp.headers.get("content-type"), "bytes": resp.headers.get("content-length")}
