"""Grafana provisioning MCP server: low-level Server over the legacy SSE transport."""
import json
import os

import httpx
import uvicorn
import yaml
from mcp import types
from mcp.server.lowlevel import Server
from mcp.server.sse import SseServerTransport
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

GRAFANA = os.environ.get("GRAFANA_URL", "http://127.0.0.1:3000")
GRAFANA_TOKEN = os.environ.get("GRAFANA_TOKEN", "")

server = Server("grafana-provisioning")

DATASOURCE_TYPES = ["prometheus", "loki", "tempo", "postgres", "elasticsearch"]


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="list_datasources",
            description="Datasources configured in Grafana, optionally of one type.",
            # ok: weak-input-schema
            inputSchema={"type": "object", "properties": {"type": {"type": "string", "enum": DATASOURCE_TYPES}}, "additionalProperties": False},
        ),
        types.Tool(
            name="apply_provisioning",
            description="Apply a datasource provisioning YAML document (Grafana provisioning format).",
            inputSchema={"type": "object", "properties": {"document": {"type": "string", "maxLength": 200000}}, "required": ["document"]},
        ),
        types.Tool(
            name="validate_provisioning",
            description="Validate a provisioning YAML document without applying it.",
            inputSchema={"type": "object", "properties": {"document": {"type": "string", "maxLength": 200000}}, "required": ["document"]},
        ),
        types.Tool(
            name="folder_permissions",
            description="Permissions of a dashboard folder.",
            # ok: weak-input-schema
            inputSchema={"type": "object", "properties": {"uid": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,40}$"}}, "required": ["uid"], "additionalProperties": False},
        ),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    headers = {"Authorization": f"Bearer {GRAFANA_TOKEN}"}
    async with httpx.AsyncClient(base_url=GRAFANA, headers=headers, timeout=15) as client:
        if name == "list_datasources":
            wanted = arguments.get("type")
            if wanted is not None and wanted not in DATASOURCE_TYPES:
                raise ValueError("unknown datasource type")
            items = (await client.get("/api/datasources")).json()
            return [types.TextContent(type="text", text=json.dumps([d for d in items if wanted in (None, d["type"])]))]
        if name == "apply_provisioning":
            # ruleid: unsafe-deserialization
            doc = yaml.load(arguments["document"], Loader=yaml.Loader)
            for ds in doc.get("datasources", []):
                await client.post("/api/datasources", json=ds)
            return [types.TextContent(type="text", text=f"applied {len(doc.get('datasources', []))} datasources")]
        if name == "validate_provisioning":
            # ok: unsafe-deserialization
            doc = yaml.safe_load(arguments["document"])
            missing = [i for i, ds in enumerate(doc.get("datasources", [])) if "name" not in ds or "type" not in ds]
            return [types.TextContent(type="text", text="valid" if not missing else f"entries without name/type: {missing}")]
        if name == "folder_permissions":
            uid = arguments["uid"]
            perms = (await client.get(f"/api/folders/{uid}/permissions")).json()
            return [types.TextContent(type="text", text=json.dumps(perms))]
    raise ValueError(f"unknown tool: {name}")


# ruleid: http-transport-without-auth
sse = SseServerTransport(
    "/messages/",
    # ruleid: dns-rebinding-unprotected
    security_settings=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


async def handle_sse(request: Request):
    async with sse.connect_sse(request.scope, request.receive, request._send) as (read, write):
        await server.run(read, write, server.create_initialization_options())
    return Response()


app = Starlette(
    routes=[Route("/sse", endpoint=handle_sse, methods=["GET"]), Mount("/messages/", app=sse.handle_post_message)],
    # ruleid: cors-wildcard-credentials
    middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_headers=["*"])],
)

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="::", port=int(os.environ.get("PORT", "8088")))
