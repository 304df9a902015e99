"""ASGI entry point: uvicorn svc311.app:app --host 127.0.0.1 --port 8311"""
import contextlib

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

from .auth import BearerAuthMiddleware
from .server import mcp


@contextlib.asynccontextmanager
async def lifespan(_app):
    async with mcp.session_manager.run():
        yield


app = Starlette(
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
        Middleware(BearerAuthMiddleware),
    ],
    lifespan=lifespan,
)
