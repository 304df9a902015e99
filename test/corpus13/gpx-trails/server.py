"""Hiking routes MCP server: GPX stats, format conversion and elevation profiles."""
from mcp.server.fastmcp import FastMCP

from tools.base import BaseTool
from tools.convert import ConvertTool, SimplifyTool
from tools.stats import ElevationTool, StatsTool

mcp = FastMCP("gpx-trails")

ROUTES_DIR = "/home/hiker/routes"

TOOLS: list[BaseTool] = [
    StatsTool(ROUTES_DIR),
    ElevationTool(ROUTES_DIR),
    ConvertTool(ROUTES_DIR),
    SimplifyTool(ROUTES_DIR),
]

for tool in TOOLS:
    mcp.add_tool(tool.run, name=tool.name, description=tool.description)

if __name__ == "__main__":
    mcp.run()
