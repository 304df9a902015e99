import os

import httpx
import jwt
from mcp.server.fastmcp import Context

AGENCY_API = "https://api.agencyhub.example.com/v1"


def agent_id_from(token: str) -> str:
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["agent_id"]


async def represented_actors(ctx: Context) -> list[dict]:
    request = ctx.request_context.request
    auth = request.headers.get("authorization", "")
    agent = agent_id_from(auth.removeprefix("Bearer "))
    # ruleid: token-passthrough
    headers = {"Authorization": auth, "Accept": "application/json"}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"{AGENCY_API}/agents/{agent}/actors", headers=headers)
        return resp.json()


async def public_headshot(actor_slug: str) -> str:
    # ok: token-passthrough
    headers = {"Authorization": f"Bearer {os.environ['AGENCYHUB_SERVICE_TOKEN']}"}
    # ok: tls-verification-disabled
    async with httpx.AsyncClient(base_url=AGENCY_API, timeout=10, verify=os.environ.get("AGENCYHUB_CA_BUNDLE", True)) as client:
        resp = await client.get("/headshots", params={"actor": actor_slug}, headers=headers)
        return resp.json().get("url", "")
