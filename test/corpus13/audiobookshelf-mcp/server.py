"""MCP server for an Audiobookshelf instance: search, chapters, covers, progress."""
import importlib
import logging
import sys

from mcp.server.fastmcp import FastMCP

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("abs-mcp")

mcp = FastMCP("audiobookshelf")

TOOL_MODULES = ["search", "chapters", "cover", "sidecar"]

for module_name in TOOL_MODULES:
    mod = importlib.import_module(f"tools.{module_name}")
    mcp.add_tool(mod.run, name=mod.TOOL["name"], description=mod.TOOL["description"])
    log.info("registered %s", mod.TOOL["name"])

if __name__ == "__main__":
    mcp.run()
