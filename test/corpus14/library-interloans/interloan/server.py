import asyncio
import inspect

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

from .handlers import HANDLERS

server = Server("library-interloans")

TOOLS = [
    types.Tool(
        name="request_status",
        description="Status of an interlibrary loan request at a partner library.",
        inputSchema={"type": "object", "properties": {"partner_url": {"type": "string"}, "request_id": {"type": "integer"}}, "required": ["partner_url", "request_id"]},
    ),
    types.Tool(
        name="resolve_openurl",
        description="Resolve an ISBN through a partner's OpenURL resolver.",
        inputSchema={"type": "object", "properties": {"resolver": {"type": "string"}, "isbn": {"type": "string"}}, "required": ["resolver"]},
    ),
    types.Tool(
        name="holdings",
        description="Libraries holding a title, by OCLC number.",
        inputSchema={"type": "object", "properties": {"oclc_number": {"type": "string", "pattern": "^[0-9]{1,12}$"}}, "required": ["oclc_number"]},
    ),
    types.Tool(
        name="fetch_citation",
        description="Fetch the landing page of a cited article.",
        inputSchema={"type": "object", "properties": {"citation_url": {"type": "string"}}, "required": ["citation_url"]},
    ),
]


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    result = handler(arguments)
    if inspect.isawaitable(result):
        result = await result
    return [types.TextContent(type="text", text=result)]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
