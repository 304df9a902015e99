import asyncio
import json
import logging

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from tools_impl import HANDLERS

log = logging.getLogger("sbom-triage")
server = Server("sbom-triage")

STR = {"type": "string", "maxLength": 500}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="generate_sbom", description="Generate an SBOM for a container image with syft", inputSchema={"type": "object", "properties": {"image": STR, "format": {"type": "string", "enum": ["cyclonedx-json", "spdx-json", "syft-json"]}}, "required": ["image"]}),
        types.Tool(name="scan_image", description="Scan an image with grype (fixed vulnerabilities only)", inputSchema={"type": "object", "properties": {"image": STR}, "required": ["image"]}),
        types.Tool(name="osv_lookup", description="Known vulnerabilities of a package version (OSV)", inputSchema={"type": "object", "properties": {"ecosystem": STR, "name": STR, "version": STR}, "required": ["ecosystem", "name", "version"]}),
        types.Tool(name="fetch_advisory", description="Read a security advisory page", inputSchema={"type": "object", "properties": {"url": STR}, "required": ["url"]}),
        types.Tool(name="load_vex", description="Parse an OpenVEX document", inputSchema={"type": "object", "properties": {"document": {"type": "string"}}, "required": ["document"]}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name not in HANDLERS:
        raise ValueError(f"unknown tool: {name}")
    try:
        result = await asyncio.to_thread(HANDLERS[name], arguments)
    except Exception:
        log.exception("tool %s failed", name)
        # ok: error-detail-leak
        return [types.TextContent(type="text", text=f"{name} failed; the error was logged on the server")]
    return [types.TextContent(type="text", text=json.dumps(result, indent=2, default=str))]


async def main() -> None:
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
