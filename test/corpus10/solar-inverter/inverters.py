import asyncio
import os

import httpx

CA_BUNDLE = os.environ.get("SOLAR_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")


async def fetch_reading(url: str) -> dict:
    # ruleid: tls-verification-disabled
    async with httpx.AsyncClient(verify=False, timeout=10) as client:
        # ruleid: tool-input-to-url
        resp = await client.get(url)
        resp.raise_for_status()
        return {"url": url, **resp.json()}


async def poll_all(urls: list[str]) -> list[dict | BaseException]:
    return await asyncio.gather(*(fetch_reading(u) for u in urls), return_exceptions=True)


def vendor_client() -> httpx.AsyncClient:
    # ok: tls-verification-disabled
    return httpx.AsyncClient(verify=CA_BUNDLE, timeout=20, headers={"User-Agent": "solar-mcp/0.4"})
