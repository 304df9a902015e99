import asyncio
import json
import os
import subprocess

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

from machines import MACHINES, laser_job_path, induction_ok

server = Server("makerspace-access")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="machine_status", description="Status of a shop machine", inputSchema={"type": "object", "properties": {"machine": {"type": "string", "enum": sorted(MACHINES)}}, "required": ["machine"]}),
        types.Tool(name="unlock_machine", description="Unlock a machine for an inducted member", inputSchema={"type": "object", "properties": {"machine": {"type": "string"}, "member": {"type": "string"}}, "required": ["machine", "member"]}),
        types.Tool(name="queue_laser_job", description="Queue an SVG for the laser cutter", inputSchema={"type": "object", "properties": {"file": {"type": "string"}, "power": {"type": "integer"}}, "required": ["file"]}),
        types.Tool(name="door_log", description="Door access log lines for a member", inputSchema={"type": "object", "properties": {"member": {"type": "string"}}, "required": ["member"]}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "machine_status":
        machine = arguments["machine"]
        if machine not in MACHINES:
            raise ValueError("unknown machine")
        # ok: tool-input-to-shell
        out = subprocess.run(f"relayctl status {MACHINES[machine]}", shell=True, capture_output=True, text=True).stdout
    elif name == "unlock_machine":
        machine, member = arguments["machine"], arguments["member"]
        if not induction_ok(member, machine):
            raise PermissionError(f"{member} is not inducted on {machine}")
        # ruleid: tool-input-to-shell
        out = subprocess.check_output("relayctl unlock %s --member %s" % (machine, member), shell=True, text=True)
    elif name == "queue_laser_job":
        job = laser_job_path(arguments["file"])
        power = int(arguments.get("power", 60))
        # ok: tool-input-to-shell
        out = subprocess.run(["lasercli", "queue", "--power", str(power), job], capture_output=True, text=True).stdout
    elif name == "door_log":
        member = arguments["member"]
        with open("/var/log/makerspace/door.jsonl") as fh:
            lines = [json.loads(l) for l in fh]
        out = json.dumps([l for l in lines if l.get("member") == member][-50:])
    else:
        raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=out)]


async def main():
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    # ruleid: stdout-in-stdio-server
    print("makerspace-access MCP server starting")
    asyncio.run(main())
