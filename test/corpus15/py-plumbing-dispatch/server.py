import os

import mcp.types as types
import uvicorn
from mcp.server.lowlevel import Server
from mcp.server.sse import SseServerTransport
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

import dispatch

server = Server("plumbing-dispatch")
sse = SseServerTransport("/messages/")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=n, description=n.replace("_", " "), inputSchema=s) for n, s in dispatch.SCHEMAS.items()]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    return [types.TextContent(type="text", text=dispatch.run(name, arguments))]


async def handle_sse(request: Request) -> Response:
    async with sse.connect_sse(request.scope, request.receive, request._send) as (read, write):
        await server.run(read, write, server.create_initialization_options())
    return Response()


middleware = [
    # ruleid: cors-wildcard-credentials
    Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
]

# ruleid: http-transport-without-auth
app = Starlette(routes=[Route("/sse", endpoint=handle_sse), Mount("/messages/", app=sse.handle_post_message)], middleware=middleware)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8090")))
