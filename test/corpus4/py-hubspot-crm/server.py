"""HubSpot CRM MCP server (fastmcp 2.x, HTTP transport, JWT-protected)."""
import os

import httpx
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_access_token, get_http_headers
from pydantic import Field
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware

HUBSPOT = "https://api.hubapi.com"
APP_TOKEN = os.environ.get("HUBSPOT_PRIVATE_APP_TOKEN", "")
TOKEN_EXCHANGE_URL = os.environ.get("TOKEN_EXCHANGE_URL", "https://id.example.com/oauth2/token")

verifier = JWTVerifier(
    jwks_uri="https://id.example.com/.well-known/jwks.json",
    issuer="https://id.example.com/",
    audience="hubspot-mcp",
)
mcp = FastMCP("hubspot-crm", auth=verifier)


class CorsMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        response = await call_next(request)
        # ruleid: cors-wildcard-credentials
        response.headers.update({"Access-Control-Allow-Origin": request.headers.get("origin", "*"), "Access-Control-Allow-Credentials": "true"})
        return response


@mcp.tool
async def search_companies(name: str = Field(min_length=2, max_length=100)) -> list[dict]:
    """Search companies by name (service token)."""
    body = {"filterGroups": [{"filters": [{"propertyName": "name", "operator": "CONTAINS_TOKEN", "value": name}]}], "limit": 20}
    async with httpx.AsyncClient(base_url=HUBSPOT) as client:
        # ok: token-passthrough
        resp = await client.post("/crm/v3/objects/companies/search", json=body, headers={"Authorization": f"Bearer {APP_TOKEN}"})
    return [r["properties"] for r in resp.json().get("results", [])]


@mcp.tool
async def my_deals() -> list[dict]:
    """Deals owned by the calling user."""
    headers = get_http_headers(include_all=True)
    async with httpx.AsyncClient(base_url=HUBSPOT) as client:
        # ruleid: token-passthrough
        resp = await client.get("/crm/v3/objects/deals", params={"limit": 50}, headers={"Authorization": headers["authorization"]})
    return [r["properties"] for r in resp.json().get("results", [])]


@mcp.tool
async def my_tasks() -> list[dict]:
    """Open tasks of the calling user."""
    token = get_access_token()
    async with httpx.AsyncClient(base_url=HUBSPOT) as client:
        # ruleid: token-passthrough
        resp = await client.get("/crm/v3/objects/tasks", headers={"Authorization": f"Bearer {token.token}"})
    return [r["properties"] for r in resp.json().get("results", [])]


async def _exchange(subject_token: str) -> str:
    async with httpx.AsyncClient() as client:
        resp = await client.post(
            TOKEN_EXCHANGE_URL,
            data={
                "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
                "subject_token": subject_token,
                "subject_token_type": "urn:ietf:params:oauth:token-type:access_token",
                "audience": "hubspot",
            },
            auth=(os.environ["EXCHANGE_CLIENT_ID"], os.environ["EXCHANGE_CLIENT_SECRET"]),
        )
    resp.raise_for_status()
    return resp.json()["access_token"]


@mcp.tool
async def my_meetings() -> list[dict]:
    """Meetings of the calling user, with a token exchanged for the HubSpot audience."""
    downstream = await _exchange(get_access_token().token)
    async with httpx.AsyncClient(base_url=HUBSPOT) as client:
        # ok: token-passthrough
        resp = await client.get("/crm/v3/objects/meetings", headers={"Authorization": f"Bearer {downstream}"})
    return [r["properties"] for r in resp.json().get("results", [])]


if __name__ == "__main__":
    # ok: bind-all-interfaces
    mcp.run(transport="http", host="127.0.0.1", port=8300, middleware=[Middleware(CorsMiddleware)])
