"""Airflow operations MCP server (low-level server, Streamable HTTP behind the SSO proxy)."""
import contextlib
import json
import logging

import mcp.types as types
import uvicorn
from jose import jwt
from mcp.server.lowlevel import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount

import metadata

log = logging.getLogger("airflow-ops")
server = Server("airflow-ops")

DAG_ID = {"type": "string", "pattern": "^[A-Za-z0-9_.-]{1,250}$"}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="failed_tasks", description="Failed task instances of a DAG in the last N days.",
                   inputSchema={"type": "object", "properties": {"dag_id": DAG_ID, "days": {"type": "integer", "minimum": 1, "maximum": 30}}, "required": ["dag_id"]}),
        types.Tool(name="slowest_tasks", description="Slowest tasks of a DAG, ordered by avg_s or max_s.",
                   inputSchema={"type": "object", "properties": {"dag_id": {"type": "string"}, "order": {"type": "string"}}, "required": ["dag_id"]}),
        types.Tool(name="clear_task", description="Clear a failed task instance so the scheduler retries it.",
                   inputSchema={"type": "object", "properties": {"dag_id": DAG_ID, "run_id": {"type": "string", "maxLength": 250}, "task_id": {"type": "string", "pattern": "^[A-Za-z0-9_.-]{1,250}$"}}, "required": ["dag_id", "run_id", "task_id"]},
                   annotations=types.ToolAnnotations(destructiveHint=True)),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "failed_tasks":
        rows = metadata.failed_tasks(arguments["dag_id"], int(arguments.get("days", 7)))
    elif name == "slowest_tasks":
        rows = metadata.slowest_tasks(arguments["dag_id"], arguments.get("order", "avg_s"))
    elif name == "clear_task":
        rows = metadata.clear_task(arguments["dag_id"], arguments["run_id"], arguments["task_id"])
    else:
        raise ValueError(f"unknown tool: {name}")
    return [types.TextContent(type="text", text=json.dumps(rows, default=str))]


session_manager = StreamableHTTPSessionManager(
    app=server,
    stateless=True,
    # ruleid: dns-rebinding-unprotected
    security_settings=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


async def handle_mcp(scope, receive, send):
    headers = {k.decode().lower(): v.decode() for k, v in scope.get("headers", [])}
    token = headers.get("authorization", "").removeprefix("Bearer ")
    try:
        # The SSO proxy in front already validated the signature.
        # ruleid: jwt-verification-disabled
        claims = jwt.get_unverified_claims(token)
    except Exception:
        claims = {}
    if "airflow-operators" not in claims.get("groups", []):
        await JSONResponse({"error": "forbidden"}, status_code=403)(scope, receive, send)
        return
    await session_manager.handle_request(scope, receive, send)


@contextlib.asynccontextmanager
async def lifespan(_app):
    async with session_manager.run():
        yield


app = Starlette(routes=[Mount("/mcp", app=handle_mcp)], lifespan=lifespan)
# ruleid: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True, allow_methods=["*"], allow_headers=["*"])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8610)
