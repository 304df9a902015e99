"""Ops toolbox using the low-level MCP server API."""

import asyncio
import os
import re

import requests
import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

server = Server("ops-toolbox")

SERVICE_RE = re.compile(r"^[a-z0-9@._-]{1,64}$")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="restart_service", description="Restart a systemd unit.", inputSchema={"type": "object", "properties": {"unit": {"type": "string", "pattern": "^[a-z0-9@._-]{1,64}$"}}, "required": ["unit"]}),
        types.Tool(name="journal", description="Recent journal lines for a unit.", inputSchema={"type": "object", "properties": {"unit": {"type": "string"}, "lines": {"type": "integer"}}, "required": ["unit"]}),
        types.Tool(name="grep_logs", description="Grep /var/log for a pattern.", inputSchema={"type": "object", "properties": {"pattern": {"type": "string"}}, "required": ["pattern"]}),
        types.Tool(name="fetch_metrics", description="Fetch a Prometheus /metrics endpoint.", inputSchema={"type": "object", "properties": {"url": {"type": "string"}}, "required": ["url"]}),
        types.Tool(name="cert_expiry", description="Show TLS certificate expiry for a host.", inputSchema={"type": "object", "properties": {"host": {"type": "string"}}, "required": ["host"]}),
    ]


async def _shell(cmd: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


async def _exec(*argv: str) -> str:
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode(errors="replace")


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "restart_service":
        unit = arguments["unit"]
        if not SERVICE_RE.fullmatch(unit):
            return [types.TextContent(type="text", text="invalid unit name")]
        # ok: tool-input-to-shell
        out = await _exec("systemctl", "restart", unit)
        return [types.TextContent(type="text", text=out or f"restarted {unit}")]

    if name == "journal":
        unit = arguments.get("unit", "")
        lines = int(arguments.get("lines", 100))
        out = await _shell(f"journalctl -u {unit} -n {lines} --no-pager")
        return [types.TextContent(type="text", text=out)]

    if name == "grep_logs":
        pattern = arguments["pattern"]
        # ruleid: tool-input-to-shell
        text = os.popen("grep -rn '%s' /var/log | head -n 200" % pattern).read()
        return [types.TextContent(type="text", text=text)]

    if name == "fetch_metrics":
        target = arguments["url"]
        # ruleid: stdout-in-stdio-server
        print("fetching metrics from", target)
        # ruleid: tool-input-to-url
        body = requests.get(target, timeout=5).text
        return [types.TextContent(type="text", text="\n".join(l for l in body.splitlines() if not l.startswith("#"))[:20000])]

    if name == "cert_expiry":
        host = arguments["host"]
        # ok: tool-input-to-shell
        out = await _exec("openssl", "s_client", "-connect", f"{host}:443", "-servername", host)
        m = re.search(r"NotAfter: (.+)", out)
        return [types.TextContent(type="text", text=m.group(1) if m else "no certificate found")]

    raise ValueError(f"unknown tool {name}")


async def main() -> None:
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
