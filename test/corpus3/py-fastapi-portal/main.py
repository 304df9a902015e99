"""Customer portal API with an MCP endpoint for the support assistant."""
from __future__ import annotations

import os

from fastapi import Depends, FastAPI
from fastapi.middleware.cors import CORSMiddleware
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import BaseModel

from auth import require_user

mcp = FastMCP(
    "portal",
    stateless_http=True,
    streamable_http_path="/",
    # ok: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["portal.example.com", "portal.example.com:443"], allowed_origins=["https://portal.example.com"]),
)

ORDERS = {"A-1001": {"status": "shipped", "carrier": "DHL"}, "A-1002": {"status": "processing", "carrier": None}}


@mcp.tool()
def order_status(order_id: str) -> dict:
    """Status and carrier of an order."""
    return ORDERS.get(order_id, {"status": "unknown"})


class Ticket(BaseModel):
    subject: str
    body: str


app = FastAPI(title="Customer portal")
# ruleid: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])

public = FastAPI(title="Public status API")
# ok: cors-wildcard-credentials
public.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False, allow_methods=["GET"])

partners = FastAPI(title="Partner API")
partner_origins = os.environ.get("PARTNER_ORIGINS", "*").split(",")
# ruleid: cors-wildcard-credentials
partners.add_middleware(CORSMiddleware, allow_origins=partner_origins, allow_credentials=True)

agents = FastAPI(title="Agent console API")
# ok: cors-wildcard-credentials
agents.add_middleware(CORSMiddleware, allow_origins=["https://agents.example.com", "https://portal.example.com"], allow_credentials=True, allow_methods=["GET", "POST"])


@app.get("/api/me")
async def me(user: dict = Depends(require_user)) -> dict:
    return {"sub": user["sub"], "name": user.get("name")}


@app.post("/api/tickets")
async def create_ticket(ticket: Ticket, user: dict = Depends(require_user)) -> dict:
    return {"id": "T-" + str(abs(hash((user["sub"], ticket.subject))) % 100000), "status": "open"}


@public.get("/status")
async def status() -> dict:
    return {"ok": True}


# The REST routes depend on require_user; the mounted MCP app is not covered by route dependencies.
# ruleid: http-transport-without-auth
app.mount("/mcp", mcp.streamable_http_app())
app.mount("/public", public)
app.mount("/partners", partners)
app.mount("/agents", agents)
