"""Jira helper served over SSE for the whole team."""

import logging
import os

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

from mcp.server.fastmcp import FastMCP, Context

from jira_client import JiraClient

JIRA_URL = os.environ.get("JIRA_URL", "https://acme.atlassian.net")

mcp = FastMCP("jira-sse")
logger = logging.getLogger("jira-sse")


def _client(ctx: Context) -> JiraClient:
    request = ctx.request_context.request
    user_auth = request.headers.get("authorization") if request else None
    # ruleid: sensitive-data-logged
    logger.info("jira call on behalf of %s", user_auth)
    return JiraClient(JIRA_URL, user_auth)


@mcp.tool()
async def search_issues(jql: str, ctx: Context, max_results: int = 20) -> list[dict]:
    """Search issues with JQL."""
    return await _client(ctx).search(jql, max_results)


@mcp.tool()
async def get_issue(key: str, ctx: Context) -> dict:
    """Fetch one issue by key, e.g. OPS-123."""
    return await _client(ctx).issue(key)


@mcp.tool()
async def add_comment(key: str, body: str, ctx: Context) -> str:
    """Add a comment to an issue."""
    await _client(ctx).comment(key, body)
    return "comment added"


middleware = [
    # ruleid: cors-wildcard-credentials
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
]

app = Starlette(
    routes=[
        # ruleid: http-transport-without-auth
        Mount("/", app=mcp.sse_app()),
    ],
    middleware=middleware,
)

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "9000")))
