"""Housing co-op member portal tools: maintenance tickets, waitlist, share transfers."""
import os
import random
import secrets
from typing import Annotated, Literal

import httpx
import jwt
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_http_headers
from pydantic import Field

from maintenance import MaintenanceClient

auth = JWTVerifier(jwks_uri=os.environ["COOP_JWKS_URI"], issuer="https://id.example-coop.org", audience="coop-mcp")
mcp = FastMCP("coop-housing", auth=auth)

maint = MaintenanceClient(os.environ.get("MAINT_API", "https://maint.example-coop.org/api"))
LEGACY_LEDGER = "https://ledger.coop.lan"


@mcp.tool
async def open_ticket(unit: Annotated[str, Field(pattern=r"^[0-9]{1,3}[A-F]$")], category: Literal["plumbing", "heating", "electrical", "other"], details: Annotated[str, Field(max_length=1000)]) -> dict:
    """Open a maintenance ticket for a unit."""
    return await maint.create(unit, category, details)


@mcp.tool
async def member_dues(member_id: str) -> dict:
    """Carrying charges owed by a member, from the legacy ledger."""
    headers = get_http_headers()
    async with httpx.AsyncClient(verify=True) as client:
        # ruleid: token-passthrough
        resp = await client.get(f"{LEGACY_LEDGER}/dues", params={"member": member_id}, headers={"Authorization": headers.get("authorization", "")})
    return resp.json()


@mcp.tool
async def ledger_health() -> str:
    """Check the legacy ledger is up."""
    # ruleid: tls-verification-disabled
    async with httpx.AsyncClient(verify=False) as client:
        resp = await client.get(f"{LEGACY_LEDGER}/health")
    return resp.text


@mcp.tool
def issue_guest_pass(unit: str, nights: Annotated[int, Field(ge=1, le=14)]) -> dict:
    """Issue a guest parking pass code for a unit."""
    # ruleid: insecure-randomness
    code = "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    return {"unit": unit, "nights": nights, "code": code}


@mcp.tool
def issue_share_transfer_token(member_id: str) -> str:
    """One-time token for signing a share transfer."""
    # ok: insecure-randomness
    return secrets.token_urlsafe(32)


@mcp.tool
def decode_board_token(token: str) -> dict:
    """Show the claims of a board member's signing token."""
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


# ok: http-transport-without-auth
app = mcp.http_app(path="/mcp")

if __name__ == "__main__":
    import uvicorn

    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8040)
