import os

import uvicorn
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

from .agency import public_headshot, represented_actors
from .db import open_calls, submissions_for

mcp = FastMCP(
    "casting-calls",
    stateless_http=True,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


@mcp.tool()
def casting_calls(city: str, union_only: bool = False) -> list[dict]:
    """Open casting calls in a city."""
    return open_calls(city, union_only)


@mcp.tool()
def call_submissions(call_id: int, status: str = "new") -> list[dict]:
    """Self-tape submissions received for a call."""
    return submissions_for(call_id, status)


@mcp.tool()
async def my_roster(ctx: Context) -> list[dict]:
    """Actors represented by the calling agent."""
    return await represented_actors(ctx)


@mcp.tool()
async def headshot(actor_slug: str) -> str:
    """Public headshot URL of an actor."""
    return await public_headshot(actor_slug)


app = Starlette(
    # ruleid: http-transport-without-auth
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
    ],
    lifespan=lambda _app: mcp.session_manager.run(),
)

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host=os.environ.get("HOST", "0.0.0.0"), port=int(os.environ.get("PORT", "8060")))
