"""docker-ops: manage containers on the build host over SSE."""
from __future__ import annotations

import asyncio
import json
import subprocess

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from mcp.types import ToolAnnotations

mcp = FastMCP(
    "docker-ops",
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def list_containers(all: bool = False) -> list[dict]:
    """Containers on the host (running only unless all=True)."""
    args = ["docker", "ps", "--format", "{{json .}}"] + (["--all"] if all else [])
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def container_logs(container: str, tail: int = 200) -> str:
    """Last log lines of a container."""
    # ruleid: tool-input-to-shell
    proc = subprocess.run(f"docker logs --tail {tail} {container} 2>&1", shell=True, capture_output=True, text=True)
    return proc.stdout


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
async def inspect(container: str) -> dict:
    """docker inspect for one container."""
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("docker", "inspect", "--", container, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return json.loads(out)[0]


@mcp.tool()
async def exec_in(container: str, command: str) -> str:
    """Run a command inside a running container."""
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"docker exec {container} sh -c '{command}'", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, title="Restart container"))
def restart(container: str) -> str:
    """Restart a container."""
    # ok: tool-input-to-shell
    subprocess.run(["docker", "restart", container], check=True, timeout=60)
    return f"restarted {container}"


@mcp.tool(annotations=ToolAnnotations(destructiveHint=True))
def prune_images(older_than_hours: int = 72) -> str:
    """Remove dangling images older than N hours."""
    # ok: tool-input-to-shell
    out = subprocess.check_output(f"docker image prune -f --filter until={int(older_than_hours)}h", shell=True, text=True)
    return out


app = Starlette(
    # ruleid: http-transport-without-auth
    routes=[Mount("/", app=mcp.sse_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origin_regex=r"https?://.*", allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
    ],
)

if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print("docker-ops SSE endpoint on http://build-host:8811/sse")
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="0.0.0.0", port=8811)
