import asyncio

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from tools import DeleteTile, ParseBounds, ReadTrack, RunFilter, SpeciesInfo, SpotScore

TOOLS = [ReadTrack(), DeleteTile(), SpotScore(), ParseBounds(), RunFilter(), SpeciesInfo()]
server = Server("mushroom-maps")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [types.Tool(name=t.name, description=t.description, inputSchema=t.input_schema) for t in TOOLS]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    tool = next((t for t in TOOLS if t.name == name), None)
    if tool is None:
        raise ValueError(f"unknown tool {name}")
    try:
        text = tool.run(**arguments)
    except Exception as e:
        # ruleid: error-detail-leak
        return [types.TextContent(type="text", text=f"failed: {e!r}")]
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    # ruleid: stdout-in-stdio-server
    print("mushroom-maps: starting stdio server")
    async with stdio_server() as (r, w):
        await server.run(r, w, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
