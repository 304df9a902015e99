"""kube-lite: low-level MCP server for quick cluster checks (stdio)."""
from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys

import mcp.server.stdio
import mcp.types as types
import yaml
from kubernetes import client
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

logging.basicConfig(level=logging.DEBUG, stream=sys.stderr)
log = logging.getLogger("kube-lite")

configuration = client.Configuration()
configuration.host = os.environ.get("KUBE_API", "https://kubernetes.default.svc")
configuration.api_key = {"authorization": "Bearer " + os.environ.get("KUBE_TOKEN", "")}
if os.environ.get("KUBE_CA"):
    # ok: tls-verification-disabled
    configuration.ssl_ca_cert = os.environ["KUBE_CA"]
else:
    # ruleid: tls-verification-disabled
    configuration.verify_ssl = False
# ruleid: sensitive-data-logged
log.debug("kubernetes client for %s with %s", configuration.host, configuration.api_key)
core = client.CoreV1Api(client.ApiClient(configuration))

server = Server("kube-lite")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="pods",
            description="Pods in a namespace with their phase.",
            inputSchema={"type": "object", "properties": {"namespace": {"type": "string", "pattern": "^[a-z0-9-]{1,63}$"}}, "required": ["namespace"]},
        ),
        types.Tool(
            name="kubectl",
            description="Run any kubectl command, e.g. 'get deploy -A'.",
            # ruleid: weak-input-schema
            inputSchema={"type": "object"},
        ),
        types.Tool(
            name="validate_manifest",
            description="Check that a YAML manifest parses and list its kinds.",
            inputSchema={"type": "object", "properties": {"manifest": {"type": "string", "maxLength": 200000}}, "required": ["manifest"]},
        ),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "pods":
        ns = arguments["namespace"]
        pods = core.list_namespaced_pod(ns)
        lines = [f"{p.metadata.name}\t{p.status.phase}" for p in pods.items]
        return [types.TextContent(type="text", text="\n".join(lines) or "no pods")]
    if name == "kubectl":
        command = arguments.get("command", "")
        # ruleid: tool-input-to-shell
        proc = subprocess.run("kubectl " + command, shell=True, capture_output=True, text=True, timeout=60)
        return [types.TextContent(type="text", text=proc.stdout + proc.stderr)]
    if name == "validate_manifest":
        # ok: unsafe-deserialization
        docs = [d for d in yaml.safe_load_all(arguments["manifest"]) if d]
        kinds = ", ".join(f"{d.get('kind')}/{d.get('metadata', {}).get('name')}" for d in docs)
        return [types.TextContent(type="text", text=kinds or "empty manifest")]
    raise ValueError(f"unknown tool {name}")


async def main() -> None:
    async with mcp.server.stdio.stdio_server() as (read, write):
        # ok: stdout-in-stdio-server
        print("kube-lite: stdio server running", file=sys.stderr)
        await server.run(
            read,
            write,
            InitializationOptions(
                server_name="kube-lite",
                server_version="0.2.0",
                capabilities=server.get_capabilities(notification_options=NotificationOptions(), experimental_capabilities={}),
            ),
        )


if __name__ == "__main__":
    if "--check" in sys.argv:
        # ok: stdout-in-stdio-server
        print(core.get_api_resources().group_version)
        sys.exit(0)
    # ruleid: stdout-in-stdio-server
    print(f"connecting to {configuration.host}")
    asyncio.run(main())
