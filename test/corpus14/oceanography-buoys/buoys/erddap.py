"""ERDDAP access for the buoy network."""
from urllib.parse import quote

import aiohttp

ERDDAP = "https://erddap.oceanobs.example.org/erddap"


async def latest_observations(dataset_id: str, hours: int) -> str:
    url = f"{ERDDAP}/tabledap/{quote(dataset_id, safe='')}.csv"
    params = {"time>=": f"now-{int(hours)}hours"}
    async with aiohttp.ClientSession() as session:
        # ok: tool-input-to-url
        async with session.get(url, params=params, timeout=aiohttp.ClientTimeout(total=30)) as resp:
            return await resp.text()


async def mirror_observations(server: str, dataset_id: str) -> str:
    url = "{}/erddap/tabledap/{}.csv".format(server.rstrip("/"), dataset_id)
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(url) as resp:
            return await resp.text()
