"""Bridge club MCP server (fastmcp 2). Tools live in deals.py and scoring.py."""
import logging
import sys

from fastmcp import FastMCP

import deals  # noqa: F401  (fills REGISTRY)
import scoring  # noqa: F401
from registry import REGISTRY

logging.basicConfig(stream=sys.stderr, level=logging.INFO)

mcp = FastMCP("bridge-club")

for tool_name, fn in sorted(REGISTRY.items()):
    mcp.tool(name=tool_name)(fn)

if __name__ == "__main__":
    mcp.run()
