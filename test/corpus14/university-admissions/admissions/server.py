"""Admissions office MCP server (fastmcp 2)."""
from fastmcp import FastMCP

from . import tools_documents, tools_scoring  # noqa: F401  (fill REGISTRY)
from .registry import REGISTRY

mcp = FastMCP(name="university-admissions", instructions="Tools for the undergraduate admissions office.")

for tool_name, fn in sorted(REGISTRY.items()):
    mcp.tool(fn, name=tool_name)


@mcp.resource("admissions://programmes/{code}")
def programme(code: str) -> str:
    """Programme summary."""
    return f"Programme {code}: see the faculty handbook."


if __name__ == "__main__":
    mcp.run()
