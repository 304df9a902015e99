"""Meal planner + grocery list MCP server, mounted in a Starlette app for the family tablet."""
import contextlib
import os

import jwt
import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Mount

from planner import register_planner_tools

mcp = FastMCP(
    "meal-planner",
    stateless_http=True,
    # ok: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["meals.home.arpa:8000"], allowed_origins=["https://meals.home.arpa"]),
)
register_planner_tools(mcp)

SIGNING_KEY = os.environ["MEALS_JWT_KEY"]


class HouseholdAuth(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        try:
            # ruleid: jwt-verification-disabled
            claims = jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"verify_signature": False})
        except jwt.PyJWTError:
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        request.state.household = claims.get("household")
        return await call_next(request)


@contextlib.asynccontextmanager
async def lifespan(app):
    async with mcp.session_manager.run():
        yield


app = Starlette(
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
        Middleware(HouseholdAuth),
    ],
    lifespan=lifespan,
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=8000)
