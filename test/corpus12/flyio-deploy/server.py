"""Fly.io app operations via flyctl and the Machines API (fastmcp 2)."""
import asyncio
import json
import os
import shlex
import subprocess

from fastmcp import Context, FastMCP
from mcp.types import ToolAnnotations

from flyctl import app_argv, deploy_argv, machines_api

mcp = FastMCP("flyio-deploy")


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=True))
async def list_machines(app: str) -> list[dict]:
    """List the machines of an app (Machines API)."""
    machines = await machines_api("GET", f"/apps/{app}/machines")
    return [{"id": m["id"], "state": m["state"], "region": m["region"]} for m in machines]


@mcp.tool
def app_status(app: str) -> dict:
    """Status of an app as reported by flyctl."""
    # ruleid: tool-input-to-shell
    raw = os.popen(f"flyctl status -a {app} --json").read()
    return json.loads(raw or "{}")


@mcp.tool
def scale_count(app: str, count: int, process_group: str = "app") -> str:
    """Scale the machine count of a process group."""
    # ruleid: tool-input-to-shell
    rc = os.system(f"flyctl scale count {count} --process-group {process_group} -a {app} --yes")
    return "scaled" if rc == 0 else f"flyctl exited with {rc}"


@mcp.tool
def recent_logs(app: str, region: str | None = None) -> str:
    """Recent logs of an app (no tailing)."""
    argv = app_argv("logs", app, "--no-tail")
    if region:
        argv += ["--region", region]
    # ok: tool-input-to-shell
    return subprocess.run(argv, capture_output=True, text=True, timeout=60).stdout[-20000:]


@mcp.tool
def list_secrets(app: str) -> str:
    """Names (not values) of the secrets set on an app."""
    # ok: tool-input-to-shell
    return subprocess.run(f"flyctl secrets list -a {shlex.quote(app)} --json", shell=True, capture_output=True, text=True).stdout


@mcp.tool
async def deploy(app: str, image: str, ctx: Context, strategy: str = "rolling") -> str:
    """Deploy an image to an app."""
    await ctx.info(f"deploying {image} to {app}")
    proc = await asyncio.create_subprocess_exec(*deploy_argv(app, image, strategy), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")[-8000:]


# ruleid: annotation-mismatch
@mcp.tool(annotations={"readOnlyHint": True})
async def destroy_machine(app: str, machine_id: str) -> str:
    """Destroy a machine."""
    await machines_api("DELETE", f"/apps/{app}/machines/{machine_id}?force=true")
    return f"machine {machine_id} destroyed"


if __name__ == "__main__":
    mcp.run()
