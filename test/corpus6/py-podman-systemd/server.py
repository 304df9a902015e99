import asyncio
import json
import os
import subprocess

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

ALLOWED_UNITS = {"podman-auto-update.service", "container-web.service", "container-db.service", "container-queue.service"}

server = Server("podman-systemd")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="container_start",
            description="Start a stopped Podman container.",
            inputSchema={"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
        ),
        types.Tool(
            name="unit_status",
            description="systemctl status of a unit.",
            # ruleid: weak-input-schema
            inputSchema={"type": "object"},
        ),
        types.Tool(
            name="unit_restart",
            description="Restart one of the managed container units.",
            # ok: weak-input-schema
            inputSchema={
                "type": "object",
                "properties": {"unit": {"type": "string", "enum": sorted(ALLOWED_UNITS)}},
                "required": ["unit"],
                "additionalProperties": False,
            },
        ),
        types.Tool(
            name="container_inspect",
            description="podman inspect output of a container.",
            inputSchema={"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
        ),
        types.Tool(
            name="generate_unit",
            description="Generate a systemd unit for a container with podman generate systemd.",
            inputSchema={"type": "object", "properties": {"name": {"type": "string"}, "restart_policy": {"type": "string"}}, "required": ["name"]},
        ),
    ]


def text(value: str) -> list[types.TextContent]:
    return [types.TextContent(type="text", text=value)]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "container_start":
        container = arguments["name"]
        # ruleid: tool-input-to-shell
        code = os.system(f"podman start {container} >/dev/null 2>&1")
        return text("started" if code == 0 else f"podman start failed ({code})")

    if name == "unit_status":
        unit = arguments.get("unit", "")
        # ruleid: tool-input-to-shell
        output = os.popen("systemctl status --no-pager " + unit).read()
        return text(output)

    if name == "unit_restart":
        unit = arguments["unit"]
        if unit not in ALLOWED_UNITS:
            raise ValueError(f"{unit} is not a managed unit")
        # ok: tool-input-to-shell
        proc = subprocess.run(f"systemctl restart {unit}", shell=True, capture_output=True, text=True)
        return text(proc.stderr or f"{unit} restarted")

    if name == "container_inspect":
        # ok: tool-input-to-shell
        proc = await asyncio.create_subprocess_exec("podman", "inspect", arguments["name"], stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        data = json.loads(out or b"[]")
        return text(json.dumps(data[0] if data else {}, indent=2))

    if name == "generate_unit":
        policy = arguments.get("restart_policy", "on-failure")
        cmd = "podman generate systemd --new --name %s --restart-policy=%s" % (arguments["name"], policy)
        # ruleid: tool-input-to-shell
        proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return text(out.decode())

    raise ValueError(f"unknown tool {name}")


async def main() -> None:
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


if __name__ == "__main__":
    # ruleid: stdout-in-stdio-server
    print("podman-systemd MCP server starting")
    asyncio.run(main())
