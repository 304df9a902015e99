"""Homelab docker helper exposed over HTTP so every machine on the LAN can use it."""

import asyncio
import json
import traceback
from typing import Annotated, Literal

from fastmcp import FastMCP
from pydantic import Field

mcp = FastMCP(name="homelab-docker")

ContainerName = Annotated[str, Field(pattern=r"^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$")]


async def _run(*argv: str) -> str:
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


@mcp.tool
async def list_containers(all: bool = False) -> list[dict]:
    """List containers."""
    argv = ["docker", "ps", "--format", "{{json .}}"] + (["-a"] if all else [])
    out = await _run(*argv)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@mcp.tool
async def restart(name: ContainerName) -> str:
    """Restart a container."""
    # ok: tool-input-to-shell
    return await _run("docker", "restart", name)


@mcp.tool
async def logs(name: str, since: str = "10m") -> str:
    """Recent logs of a container."""
    cmd = f"docker logs --since {since} {name} 2>&1 | tail -n 300"
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


@mcp.tool
async def compose(action: Literal["up", "down", "pull", "ps"], project_dir: str) -> str:
    """Run docker compose in a project folder."""
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell("cd " + project_dir + " && docker compose " + action + (" -d" if action == "up" else ""), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode()


@mcp.tool
async def exec_in(name: ContainerName, argv: list[str]) -> str:
    """Run a command inside a container (argument vector, no shell)."""
    return await _run("docker", "exec", name, *argv)


@mcp.tool
# ruleid: weak-input-schema
async def run_container(image: str, options: dict) -> str:
    """Start a container from an image with docker run options."""
    flags = " ".join(f"--{k} {v}" for k, v in options.items())
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"docker run -d {flags} {image}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


@mcp.tool
async def inspect(name: str) -> dict:
    """docker inspect one container."""
    # ok: tool-input-to-shell
    out = await _run("docker", "inspect", "--", name)
    try:
        data = json.loads(out)
    except json.JSONDecodeError:
        # ruleid: error-detail-leak
        return {"error": traceback.format_exc(), "raw": out}
    return data[0] if data else {}


if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    mcp.run(transport="http", host="0.0.0.0", port=8800)
