"""Authorized asset inventory: runs nmap against the lab ranges and keeps results in SQLite."""
import asyncio
import ipaddress
import json

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

from scanner import quick_scan, service_scan, ALLOWED_NETS
from inventory import Inventory

server = Server("nmap-inventory")
inv = Inventory("/var/lib/inventory/assets.db")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="quick_scan", description="Ping sweep of a CIDR inside the lab ranges", inputSchema={"type": "object", "properties": {"cidr": {"type": "string"}}, "required": ["cidr"]}),
        types.Tool(name="service_scan", description="Service/version scan of one host with extra nmap flags", inputSchema={"type": "object", "properties": {"host": {"type": "string"}, "ports": {"type": "string"}, "flags": {"type": "string"}}, "required": ["host"]}),
        types.Tool(name="assets", description="Query stored assets by vendor and open port", inputSchema={"type": "object", "properties": {"vendor": {"type": "string"}, "port": {"type": "integer"}}}),
        types.Tool(name="asset_notes", description="Assets whose notes match a LIKE pattern, ordered by a column", inputSchema={"type": "object", "properties": {"pattern": {"type": "string"}, "order": {"type": "string"}}}),
    ]


def _in_lab(cidr: str) -> ipaddress.IPv4Network:
    net = ipaddress.ip_network(cidr, strict=False)
    if not any(net.subnet_of(a) for a in ALLOWED_NETS):
        raise ValueError("outside the authorized lab ranges")
    return net


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "quick_scan":
        net = _in_lab(arguments["cidr"])
        hosts = await quick_scan(str(net))
        inv.upsert_hosts(hosts)
        return [types.TextContent(type="text", text=json.dumps(hosts))]
    if name == "service_scan":
        host = arguments["host"]
        _in_lab(host)
        out = await service_scan(host, arguments.get("ports", "1-1024"), arguments.get("flags", ""))
        return [types.TextContent(type="text", text=out)]
    if name == "assets":
        rows = inv.by_vendor_port(arguments.get("vendor", ""), int(arguments.get("port", 22)))
        return [types.TextContent(type="text", text=json.dumps(rows))]
    if name == "asset_notes":
        rows = inv.notes_like(arguments.get("pattern", "%"), arguments.get("order", "ip"))
        return [types.TextContent(type="text", text=json.dumps(rows))]
    raise ValueError(f"unknown tool {name}")


async def main():
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
