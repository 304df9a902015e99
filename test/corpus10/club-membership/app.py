import os
from typing import Literal

import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

import members
from auth import BearerMiddleware, peek_card

mcp = FastMCP(
    "club-membership",
    stateless_http=True,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


@mcp.tool()
def find_members(name: str, status: Literal["active", "lapsed", "honorary", "cancelled"] = "active") -> list[dict]:
    """Find members by name."""
    return members.search_members(name, status)


@mcp.tool()
def dues(member_id: int) -> dict:
    """Outstanding dues of a member."""
    return members.dues_owed(member_id)


@mcp.tool()
def new_invite() -> str:
    """Create a one-time invite code for a prospective member."""
    return members.invite_code()


@mcp.tool()
def reset_link(member_id: int) -> str:
    """Create a password reset link for the member portal."""
    return f"https://portal.example-club.org/reset?m={member_id}&t={members.password_reset_token()}"


@mcp.tool()
def record_payment(member_id: int, amount_cents: int) -> str:
    """Record a dues payment received in cash or by transfer."""
    return members.record_payment(member_id, amount_cents)


@mcp.tool()
def cancel(member_id: int) -> str:
    """Cancel a membership."""
    return members.cancel_membership(member_id)


@mcp.tool()
def card_info(card_token: str) -> dict:
    """Show what a scanned membership card says (name, tier, expiry)."""
    return peek_card(card_token)


app = Starlette(
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ok: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["https://admin.example-club.org"], allow_credentials=True, allow_methods=["POST", "GET"]),
        Middleware(BearerMiddleware),
    ],
    lifespan=lambda app: mcp.session_manager.run(),
)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8040")))
