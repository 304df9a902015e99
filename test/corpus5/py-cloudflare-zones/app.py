"""Cloudflare zone management, mounted into the platform team's Starlette app."""
import contextlib
import logging
import os

import httpx
import jwt
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount

log = logging.getLogger("cf-zones")
CF = "https://api.cloudflare.com/client/v4"
ZoneId = Field(pattern=r"^[a-f0-9]{32}$")

mcp = FastMCP("cloudflare-zones", stateless_http=True)
# ruleid: dns-rebinding-unprotected
mcp.settings.transport_security = TransportSecuritySettings(enable_dns_rebinding_protection=False)


@mcp.tool()
async def list_zones(ctx: Context) -> list[dict]:
    """Zones visible to the caller."""
    request = ctx.request_context.request
    # The caller's SSO token is also accepted by Cloudflare Access in front of the API proxy.
    # ruleid: token-passthrough
    headers = {"Authorization": request.headers.get("authorization", "")}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"{CF}/zones", headers=headers)
    return [{"id": z["id"], "name": z["name"], "status": z["status"]} for z in resp.json()["result"]]


@mcp.tool()
async def purge_cache(zone_id: str = ZoneId, urls: list[str] = Field(max_length=30)) -> str:
    """Purge specific URLs from the Cloudflare cache of a zone."""
    # ok: token-passthrough
    headers = {"Authorization": f"Bearer {os.environ['CF_PURGE_TOKEN']}"}
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(f"{CF}/zones/{zone_id}/purge_cache", json={"files": urls}, headers=headers)
    return "purged" if resp.json().get("success") else "purge failed"


class SsoMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        # ruleid: sensitive-data-logged
        log.info("request %s %s headers=%s", request.method, request.url.path, dict(request.headers))
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        # ruleid: jwt-verification-disabled
        claims = jwt.decode(auth[7:], options={"verify_signature": False, "verify_aud": False})
        if "platform" not in claims.get("groups", []):
            return JSONResponse({"error": "forbidden"}, status_code=403)
        request.state.user = claims.get("email")
        return await call_next(request)


@contextlib.asynccontextmanager
async def lifespan(_app):
    async with mcp.session_manager.run():
        yield


app = Starlette(
    routes=[Mount("/cf", app=mcp.streamable_http_app())],
    middleware=[
        # ok: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["https://console.platform.example"], allow_credentials=True, allow_methods=["POST", "GET"]),
        Middleware(SsoMiddleware),
    ],
    lifespan=lifespan,
)
