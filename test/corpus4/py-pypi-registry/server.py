"""PyPI package inspector MCP server: low-level Server over Streamable HTTP (Starlette)."""
import contextlib
import io
import json
import os
import tarfile
from pathlib import Path
from urllib.parse import quote

import httpx
import uvicorn
from mcp import types
from mcp.server.lowlevel import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.routing import Mount

CACHE = Path(os.environ.get("PYPI_CACHE", "/var/cache/pypi-inspector")).resolve()
server = Server("pypi-inspector")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    name_schema = {"type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$"}
    return [
        types.Tool(
            name="package_info",
            description="Summary, latest version and license of a PyPI project.",
            # ok: weak-input-schema
            inputSchema={"type": "object", "properties": {"name": name_schema}, "required": ["name"], "additionalProperties": False},
        ),
        types.Tool(
            name="fetch_sdist",
            description="Download an sdist from a URL (e.g. a mirror) and unpack it into the cache.",
            inputSchema={"type": "object", "properties": {"url": {"type": "string"}, "dest": {"type": "string"}}, "required": ["url", "dest"]},
        ),
        types.Tool(
            name="release_files",
            description="Files of a release on PyPI.",
            inputSchema={"type": "object", "properties": {"name": name_schema, "version": {"type": "string", "pattern": "^[0-9][0-9a-z.+!-]{0,40}$"}}, "required": ["name", "version"]},
        ),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    async with httpx.AsyncClient(timeout=30) as client:
        if name == "package_info":
            # ok: tool-input-to-url
            meta = (await client.get(f"https://pypi.org/pypi/{quote(arguments['name'], safe='')}/json")).json()
            info = meta["info"]
            return [types.TextContent(type="text", text=json.dumps({k: info.get(k) for k in ("summary", "version", "license", "requires_python")}))]
        if name == "release_files":
            pkg, ver = quote(arguments["name"], safe=""), quote(arguments["version"], safe="")
            files = (await client.get(f"https://pypi.org/pypi/{pkg}/{ver}/json")).json()["urls"]
            return [types.TextContent(type="text", text="\n".join(f["filename"] for f in files))]
        if name == "fetch_sdist":
            # ruleid: tool-input-to-url
            resp = await client.get(arguments["url"], follow_redirects=True)
            target = CACHE / arguments["dest"]
            with tarfile.open(fileobj=io.BytesIO(resp.content), mode="r:gz") as tar:
                # ruleid: tool-input-to-path
                tar.extractall(target, filter="data")
            return [types.TextContent(type="text", text=f"unpacked into {target}")]
    raise ValueError(f"unknown tool {name}")


# ruleid: http-transport-without-auth
session_manager = StreamableHTTPSessionManager(
    app=server,
    stateless=True,
    # ruleid: dns-rebinding-unprotected
    security_settings=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


async def handle_mcp(scope, receive, send):
    await session_manager.handle_request(scope, receive, send)


@contextlib.asynccontextmanager
async def lifespan(app):
    async with session_manager.run():
        yield


app = Starlette(routes=[Mount("/mcp", app=handle_mcp)], lifespan=lifespan)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8700")))
