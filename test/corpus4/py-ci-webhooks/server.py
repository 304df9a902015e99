"""CI webhooks MCP server: pipelines, runners and artifacts over Streamable HTTP (Starlette)."""
import os

import uvicorn
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount

from tokens import caller_from_token, new_runner_token, new_webhook_secret, pipeline_from_webhook

mcp = FastMCP(
    "ci-webhooks",
    stateless_http=True,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False, allowed_hosts=[], allowed_origins=[]),
)
RUNNERS: dict[str, dict] = {}
PIPELINES: dict[str, dict] = {}


class CallerMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        try:
            claims = caller_from_token(token)
        except Exception:
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        if "ci:operate" not in claims.get("scope", "").split():
            return JSONResponse({"error": "forbidden"}, status_code=403)
        return await call_next(request)


@mcp.tool()
def register_runner(name: str = Field(pattern=r"^[a-z0-9-]{3,40}$"), labels: list[str] = Field(default_factory=list, max_length=10)) -> str:
    """Register a self-hosted runner and return its registration token."""
    token = new_runner_token()
    RUNNERS[name] = {"labels": labels, "token": token}
    return token


@mcp.tool()
def rotate_webhook_secret() -> str:
    """Rotate the secret used to sign outgoing webhooks."""
    os.environ["CI_WEBHOOK_SECRET"] = new_webhook_secret()
    return "rotated"


@mcp.tool()
async def pipeline_for_webhook(webhook_jwt: str, ctx: Context) -> dict:
    """Look up the pipeline referenced by a webhook delivery."""
    pid = pipeline_from_webhook(webhook_jwt)
    await ctx.debug(f"webhook for pipeline {pid}")
    return PIPELINES.get(pid, {"error": "unknown pipeline"})


app = Starlette(
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True, allow_methods=["GET", "POST", "DELETE"]),
        Middleware(CallerMiddleware),
    ],
    lifespan=lambda app: mcp.session_manager.run(),
)

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host=os.environ.get("CI_MCP_HOST", "0.0.0.0"), port=9300)
