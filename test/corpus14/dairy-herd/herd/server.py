"""Dairy herd management MCP server."""
from mcp.server.fastmcp import FastMCP

from .tools.ration import TOOLS

mcp = FastMCP("dairy-herd")

for tool in TOOLS:
    mcp.add_tool(tool.run, name=tool.name, description=tool.description)


@mcp.resource("herd://cow/{cow_id}")
def cow_card(cow_id: str) -> str:
    """Basic cow card."""
    return f"Cow {cow_id}: see the herd book for lactation details."


if __name__ == "__main__":
    mcp.run()
