import asyncio
import json

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

import disks

app = Server("smartctl-disks")


@app.list_tools()
async def list_tools() -> list[types.Tool]:
    dev = {"type": "string", "description": "device path such as /dev/sda or /dev/nvme0n1"}
    return [
        types.Tool(name="list_disks", description="Disks smartctl can see", inputSchema={"type": "object", "properties": {}}),
        types.Tool(name="disk_health", description="SMART health and attributes", inputSchema={"type": "object", "properties": {"device": dev}, "required": ["device"]}),
        types.Tool(name="disk_report", description="Full smartctl -a report", inputSchema={"type": "object", "properties": {"device": dev}, "required": ["device"]}),
        types.Tool(
            name="selftest",
            description="Start a SMART self-test",
            inputSchema={"type": "object", "properties": {"device": dev, "kind": {"type": "string", "enum": ["short", "long", "conveyance"]}}, "required": ["device"]},
        ),
    ]


@app.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    # ruleid: stdout-in-stdio-server
    print(f"call {name} {arguments}")
    if name == "list_disks":
        text = "\n".join(disks.list_disks())
    elif name == "disk_health":
        data = disks.smart_health(arguments["device"])
        text = json.dumps({"passed": data.get("smart_status", {}).get("passed"), "temperature": data.get("temperature", {}).get("current")})
    elif name == "disk_report":
        text = disks.smart_full(arguments["device"])
    elif name == "selftest":
        text = disks.start_selftest(arguments["device"], arguments.get("kind", "short"))
    else:
        raise ValueError(f"unknown tool: {name}")
    return [types.TextContent(type="text", text=text)]


async def main():
    async with stdio_server() as (read_stream, write_stream):
        await app.run(read_stream, write_stream, app.create_initialization_options())


asyncio.run(main())
