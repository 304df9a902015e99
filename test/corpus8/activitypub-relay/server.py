import contextlib
import os

import jwt
import uvicorn
from mcp.server.fastmcp import Context, FastMCP
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount

from federation import fetch_actor, fetch_object, deliver
from moderation import Blocklist

mcp = FastMCP("activitypub-relay", stateless_http=True)
blocklist = Blocklist("/var/lib/relay/blocklist.txt")
JWT_KEY = open("/etc/relay/jwt.pub").read()


@mcp.tool()
async def actor_info(handle: str) -> dict:
    """Resolve a fediverse handle (user@instance) through WebFinger and return the actor."""
    return await fetch_actor(handle)


@mcp.tool()
async def fetch_note(object_url: str) -> dict:
    """Fetch an ActivityStreams object by its id URL."""
    return await fetch_object(object_url, blocklist)


@mcp.tool()
async def boost_to_followers(object_url: str, ctx: Context) -> str:
    """Announce an object to the relay's followers using the caller's relay account."""
    request = ctx.request_context.request
    # ruleid: token-passthrough
    caller = request.headers.get("authorization", "")
    return await deliver(object_url, caller)


class BearerAuth:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            request = Request(scope)
            token = request.headers.get("authorization", "").removeprefix("Bearer ")
            try:
                # ok: jwt-verification-disabled
                jwt.decode(token, JWT_KEY, algorithms=["EdDSA"], audience="relay-mcp")
            except jwt.PyJWTError:
                await JSONResponse({"error": "unauthorized"}, status_code=401)(scope, receive, send)
                return
        await self.app(scope, receive, send)


@contextlib.asynccontextmanager
async def lifespan(app):
    async with mcp.session_manager.run():
        yield


app = Starlette(
    routes=[Mount("/", app=BearerAuth(mcp.streamable_http_app()))],
    middleware=[
        # ok: dns-rebinding-unprotected
        Middleware(TrustedHostMiddleware, allowed_hosts=["relay.social.example", "localhost"]),
        # ok: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["https://admin.social.example"], allow_credentials=True, allow_methods=["POST"]),
    ],
    lifespan=lifespan,
)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host=os.environ.get("RELAY_HOST", "127.0.0.1"), port=8443)
