"""HR directory over Streamable HTTP (low-level server + Starlette)."""

import contextlib
import os
import random
import string

import jwt
import uvicorn
import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount

from directory import Directory

JWKS_PUBLIC_KEY = os.environ.get("HR_JWT_PUBLIC_KEY", "")
directory = Directory(os.environ.get("HR_DB", "hr.sqlite"))
server = Server("hr-directory")


def new_export_id() -> str:
    # ruleid: insecure-randomness
    return "".join(random.choices(string.ascii_letters + string.digits, k=24))


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="find_employee", description="Find employees by name.", inputSchema={"type": "object", "properties": {"name": {"type": "string", "maxLength": 100}}, "required": ["name"]}),
        types.Tool(name="org_chart", description="Reports of a manager.", inputSchema={"type": "object", "properties": {"manager_id": {"type": "integer"}}, "required": ["manager_id"]}),
        types.Tool(name="export_department", description="Export a department as CSV; returns a download id.", inputSchema={"type": "object", "properties": {"department": {"type": "string"}}, "required": ["department"]}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    match name:
        case "find_employee":
            rows = directory.find(arguments["name"])
            return [types.TextContent(type="text", text="\n".join(f"{r['id']}: {r['name']} ({r['title']})" for r in rows))]
        case "org_chart":
            rows = directory.reports(int(arguments["manager_id"]))
            return [types.TextContent(type="text", text="\n".join(r["name"] for r in rows))]
        case "export_department":
            export_id = new_export_id()
            directory.export(arguments["department"], export_id)
            return [types.TextContent(type="text", text=f"export ready: {export_id}")]
    raise ValueError(f"unknown tool {name}")


class JWTMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            return JSONResponse({"error": "missing token"}, status_code=401)
        token = auth[7:]
        try:
            if request.url.path.startswith("/debug"):
                # ruleid: jwt-verification-disabled
                claims = jwt.decode(token, options={"verify_signature": False})
            else:
                # ok: jwt-verification-disabled
                claims = jwt.decode(token, JWKS_PUBLIC_KEY, algorithms=["RS256"], audience="hr-directory")
        except jwt.PyJWTError:
            return JSONResponse({"error": "invalid token"}, status_code=401)
        if "hr:read" not in claims.get("scope", "").split():
            return JSONResponse({"error": "insufficient scope"}, status_code=403)
        return await call_next(request)


session_manager = StreamableHTTPSessionManager(app=server, stateless=True)


@contextlib.asynccontextmanager
async def lifespan(app):
    async with session_manager.run():
        yield


app = Starlette(
    routes=[Mount("/mcp", app=session_manager.handle_request)],
    middleware=[
        # ok: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["https://hr.example.com"], allow_credentials=True, allow_methods=["GET", "POST"]),
        Middleware(JWTMiddleware),
    ],
    lifespan=lifespan,
)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8088)
