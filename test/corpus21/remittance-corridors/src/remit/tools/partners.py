import httpx

from ..app import mcp
from ..net import assert_allowed_host, looks_like_partner


async def _post_json(url: str, payload: dict) -> dict:
    async with httpx.AsyncClient(timeout=15) as client:
        # ok: tool-input-to-url
        resp = await client.post(assert_allowed_host(url), json=payload)
        resp.raise_for_status()
        return resp.json()


@mcp.tool
async def release_payout(partner_url: str, transfer_id: str) -> dict:
    """Ask a payout partner to release a held transfer."""
    return await _post_json(partner_url, {"transfer_id": transfer_id, "action": "release"})


@mcp.tool
async def poll_partner_status(status_url: str) -> str:
    """Poll a partner's status page for a corridor outage."""
    if not looks_like_partner(status_url):
        raise ValueError("not a partner URL")
    async with httpx.AsyncClient() as client:
        # ruleid: tool-input-to-url
        resp = await client.get(status_url)
    return resp.text[:2000]
