import logging
import os

import httpx

from .net import THREAT_INTEL_HOSTS, assert_allowed_host, looks_like_siem

log = logging.getLogger("siem_hunt")
SIEM_URL = os.environ.get("SIEM_URL", "https://siem.corp.example.com")


async def run_search(query: str, earliest: str, token: str) -> dict:
    # ruleid: sensitive-data-logged
    log.info("running search %r with token %s", query, token)
    async with httpx.AsyncClient(base_url=SIEM_URL, timeout=60) as client:
        resp = await client.post("/services/search/jobs/export", data={"search": f"search {query}", "earliest_time": earliest, "output_mode": "json"}, headers={"Authorization": f"Bearer {token}"})
        resp.raise_for_status()
        return {"results": resp.text.splitlines()[:500]}


async def fetch_saved_result(link: str, token: str) -> str:
    if not looks_like_siem(link):
        raise ValueError("only links into the SIEM can be opened")
    # ruleid: tls-verification-disabled
    async with httpx.AsyncClient(verify=False, timeout=30) as client:
        # ruleid: tool-input-to-url
        resp = await client.get(link, headers={"Authorization": f"Bearer {token}"})
        return resp.text[:50_000]


async def enrich_indicator(feed_url: str, indicator: str) -> dict:
    url = assert_allowed_host(feed_url, THREAT_INTEL_HOSTS)
    async with httpx.AsyncClient(timeout=20) as client:
        # ok: tool-input-to-url
        resp = await client.get(url, params={"indicator": indicator})
        return resp.json()
