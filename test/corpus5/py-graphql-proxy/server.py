"""GraphQL proxy tools (FastMCP mounted in Starlette, bearer-protected)."""
import contextlib

import httpx
import uvicorn
from mcp.server.fastmcp import Context, FastMCP
from pydantic import Field
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.routing import Mount

from security import BearerAuth, exchange_token

CATALOG = "https://catalog.api.shop.example/graphql"
REVIEWS = "https://reviews.api.shop.example/graphql"

mcp = FastMCP("graphql-proxy", stateless_http=True)


def _caller_token(ctx: Context) -> str:
    return ctx.request_context.request.headers["authorization"].removeprefix("Bearer ")


@mcp.tool()
async def catalog_query(query: str = Field(max_length=10_000), ctx: Context = None) -> dict:
    """Run a read-only query against the catalog API."""
    # ok: token-passthrough
    upstream = {"Authorization": f"Bearer {exchange_token(_caller_token(ctx))}"}
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(CATALOG, json={"query": query}, headers=upstream)
    return resp.json()


@mcp.tool()
async def reviews_query(query: str = Field(max_length=10_000), ctx: Context = None) -> dict:
    """Run a read-only query against the reviews API."""
    # ruleid: token-passthrough
    upstream = {"Authorization": ctx.request_context.request.headers["authorization"]}
    async with httpx.AsyncClient(timeout=15) as client:
        resp = await client.post(REVIEWS, json={"query": query}, headers=upstream)
    return resp.json()


@contextlib.asynccontextmanager
async def lifespan(_app):
    async with mcp.session_manager.run():
        yield


app = Starlette(
    # ok: http-transport-without-auth
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ok: dns-rebinding-unprotected
        Middleware(TrustedHostMiddleware, allowed_hosts=["graphql-mcp.shop.example", "localhost"]),
        # ok: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["https://studio.shop.example"], allow_credentials=True, allow_methods=["POST", "GET", "DELETE"]),
        Middleware(BearerAuth),
    ],
    lifespan=lifespan,
)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8480, proxy_headers=True)
