"""SaaS offboarding MCP server (low-level SDK, Streamable HTTP behind Starlette)."""

import contextlib
import logging
import os

import mcp.types as types
import uvicorn
from mcp.server.lowlevel import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

from offboard import record, status_of, temporary_password
from saas_clients import APPS, call_custom_scim, deprovision, reset_password

logging.basicConfig(level=logging.INFO)
server = Server("saas-offboarding")
ADMIN_TOKEN = os.environ.get("SAAS_ADMIN_TOKEN", "")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    user = {"type": "string", "format": "email"}
    return [
        types.Tool(name="deprovision", description="Remove a leaver from one SaaS app", inputSchema={"type": "object", "properties": {"user": user, "app": {"type": "string", "enum": list(APPS)}}, "required": ["user", "app"]}),
        types.Tool(name="deprovision_scim", description="Remove a leaver through a custom SCIM endpoint", inputSchema={"type": "object", "properties": {"user": user, "scim_url": {"type": "string"}}, "required": ["user", "scim_url"]}),
        types.Tool(name="lock_account", description="Reset the leaver's Google password to a random one", inputSchema={"type": "object", "properties": {"user": user}, "required": ["user"]}),
        types.Tool(name="status", description="Offboarding checklist of a user", inputSchema={"type": "object", "properties": {"user": user}, "required": ["user"]}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    user = arguments["user"]
    ctx = server.request_context
    if name == "deprovision":
        code = deprovision(arguments["app"], user, ADMIN_TOKEN)
        record(user, arguments["app"], f"HTTP {code}")
        text = f"{arguments['app']}: HTTP {code}"
    elif name == "deprovision_scim":
        # ruleid: token-passthrough
        caller_token = ctx.request.headers.get("authorization", "").removeprefix("Bearer ")
        code = call_custom_scim(arguments["scim_url"], user, caller_token)
        record(user, "scim", f"HTTP {code}")
        text = f"SCIM: HTTP {code}"
    elif name == "lock_account":
        reset_password(user, temporary_password(), ADMIN_TOKEN)
        record(user, "google", "locked")
        text = "account locked"
    elif name == "status":
        rows = status_of(user)
        text = "\n".join(f"{a}: {s} ({t})" for a, s, t in rows) or "nothing recorded"
    else:
        raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=text)]


session_manager = StreamableHTTPSessionManager(app=server, json_response=True)


async def handle_mcp(scope, receive, send):
    await session_manager.handle_request(scope, receive, send)


@contextlib.asynccontextmanager
async def lifespan(app):
    async with session_manager.run():
        yield


# ruleid: http-transport-without-auth
app = Starlette(routes=[Mount("/mcp", app=handle_mcp)], lifespan=lifespan, middleware=[
    # ruleid: cors-wildcard-credentials
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8700")))
