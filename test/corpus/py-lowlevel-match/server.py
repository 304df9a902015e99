import asyncio
import os
import re
import sqlite3
import subprocess
from typing import Any

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

app = Server("homelab")
DB = sqlite3.connect(os.path.expanduser("~/.homelab.db"))
VM_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,63}$")
ACTIONS = {"start", "shutdown", "reboot"}


async def _sh(cmd: str) -> str:
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)
    out, _ = await proc.communicate()
    return out.decode()


def _text(s: str) -> list[types.TextContent]:
    return [types.TextContent(type="text", text=s)]


@app.call_tool()
async def call_tool(name: str, arguments: dict[str, Any]) -> list[types.TextContent]:
    match name:
        case "vm_action":
            vm, action = arguments["vm"], arguments["action"]
            if action not in ACTIONS or not VM_NAME.match(vm):
                return _text("invalid vm or action")
            return _text(await _sh(f"virsh {action} {vm}"))  # SAFE tool-input-to-shell
        case "vm_info":
            return _text(await _sh("virsh dominfo " + arguments["vm"]))  # FLAW tool-input-to-shell
        case "wake":
            mac = arguments.get("mac", "")
            return _text(subprocess.run(["wakeonlan", mac], capture_output=True, text=True).stdout)  # SAFE tool-input-to-shell
        case "device_history":
            device = arguments["device"]
            days = int(arguments.get("days", 7))
            rows = DB.execute(f"SELECT ts, status FROM history WHERE device = '{device}' AND ts > datetime('now', '-{days} days')").fetchall()  # FLAW tool-input-to-sql
            return _text("\n".join(f"{ts} {st}" for ts, st in rows))
        case "device_notes":
            rows = DB.execute("SELECT note FROM notes WHERE device = ?", (arguments["device"],)).fetchall()  # SAFE tool-input-to-sql
            return _text("\n".join(r[0] for r in rows))
        case "read_config":
            cfg_path = os.path.join("/etc/homelab", arguments["name"])
            with open(cfg_path) as fh:  # FLAW tool-input-to-path
                return _text(fh.read())
        case _:
            raise ValueError(f"unknown tool {name}")


@app.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="vm_action", description="Start/stop a VM", inputSchema={"type": "object", "properties": {"vm": {"type": "string"}, "action": {"type": "string", "enum": sorted(ACTIONS)}}, "required": ["vm", "action"]}),
        types.Tool(name="vm_info", description="VM info", inputSchema={"type": "object", "properties": {"vm": {"type": "string"}}, "required": ["vm"]}),
        types.Tool(name="wake", description="Wake-on-LAN", inputSchema={"type": "object", "properties": {"mac": {"type": "string"}}, "required": ["mac"]}),
        types.Tool(name="device_history", description="Device status history", inputSchema={"type": "object", "properties": {"device": {"type": "string"}, "days": {"type": "integer"}}, "required": ["device"]}),
        types.Tool(name="device_notes", description="Notes on a device", inputSchema={"type": "object", "properties": {"device": {"type": "string"}}, "required": ["device"]}),
        types.Tool(name="read_config", description="Read a homelab config file", inputSchema={"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}),
    ]


async def main() -> None:
    async with stdio_server() as streams:
        await app.run(streams[0], streams[1], app.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
