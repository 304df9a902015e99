import os
import re

import httpx
import jwt
import uvicorn
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount

BITBUCKET_API = "https://api.bitbucket.org/2.0"
WORKSPACE = os.environ.get("BITBUCKET_WORKSPACE", "acme")

mcp = FastMCP(
    "bitbucket",
    stateless_http=True,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["*"], allowed_origins=["*"]),
)


def bot_client() -> httpx.AsyncClient:
    # ok: token-passthrough
    return httpx.AsyncClient(base_url=BITBUCKET_API, headers={"Authorization": f"Bearer {os.environ['BITBUCKET_BOT_TOKEN']}"}, timeout=15)


@mcp.tool()
async def open_pull_requests(repo_slug: str) -> list[dict]:
    """Open pull requests of a repository in the workspace."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]{0,61}", repo_slug):
        raise ValueError("invalid repository slug")
    async with bot_client() as client:
        # ok: tool-input-to-url
        resp = await client.get(f"/repositories/{WORKSPACE}/{repo_slug}/pullrequests", params={"state": "OPEN"})
        resp.raise_for_status()
        return [{"id": pr["id"], "title": pr["title"], "author": pr["author"]["display_name"]} for pr in resp.json()["values"]]


@mcp.tool()
async def my_pull_requests(ctx: Context) -> list[dict]:
    """Pull requests authored by the calling user, using the user's own Bitbucket session."""
    request = ctx.request_context.request
    # ruleid: token-passthrough
    headers = {"Authorization": request.headers.get("authorization", "")}
    async with httpx.AsyncClient(base_url=BITBUCKET_API, headers=headers) as client:
        resp = await client.get("/pullrequests/me", params={"state": "OPEN"})
        return resp.json().get("values", [])


@mcp.tool()
async def pipeline_log(log_url: str) -> str:
    """Downloads a pipeline step log from the link shown in the Bitbucket UI."""
    async with bot_client() as client:
        # ruleid: tool-input-to-url
        resp = await client.get(log_url, follow_redirects=True)
        return resp.text[-30_000:]


class JWTMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        auth = request.headers.get("authorization", "")
        if not auth.startswith("Bearer "):
            return JSONResponse({"error": "missing token"}, status_code=401)
        # ruleid: jwt-verification-disabled
        claims = jwt.decode(auth.removeprefix("Bearer "), options={"verify_signature": False})
        if claims.get("aud") != "bitbucket-mcp":
            return JSONResponse({"error": "wrong audience"}, status_code=403)
        request.state.user = claims.get("sub")
        return await call_next(request)


app = Starlette(
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
        Middleware(JWTMiddleware),
    ],
    lifespan=lambda app: mcp.session_manager.run(),
)

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
