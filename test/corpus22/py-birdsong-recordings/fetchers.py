import aiohttp
import httpx
import requests

from net import assert_allowed_host, looks_trusted

ARCHIVE_API = "https://api.birdsong-archive.example/v1"


async def download_recording(url: str) -> bytes:
    safe = assert_allowed_host(url)
    async with httpx.AsyncClient(timeout=20, follow_redirects=False) as client:
        # ok: tool-input-to-url
        resp = await client.get(safe)
        resp.raise_for_status()
        return resp.content


def fetch_sonogram(url: str) -> bytes:
    if not looks_trusted(url):
        raise ValueError("untrusted sonogram source")
    # ruleid: tool-input-to-url
    return requests.get(url, timeout=15).content


async def station_feed(station_host: str, path: str = "/api/latest") -> dict:
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(f"http://{station_host}{path}") as resp:
            return await resp.json()


def species_calls(species_code: str, auth_header: str) -> dict:
    # ruleid: token-passthrough
    headers = {"Authorization": auth_header}
    # ruleid: tls-verification-disabled
    resp = requests.get(f"{ARCHIVE_API}/species/{species_code}/calls", headers=headers, timeout=10, verify=False)
    return resp.json()
