"""Deliberately flawed stdio server for the end-to-end tests (secrets / leaks / text rules)."""
import logging
import os
import sys

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

mcp = FastMCP("e2e-leaks-py")
log = logging.getLogger(__name__)
API_TOKEN = os.environ.get("API_TOKEN", "")


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))  # annotation-mismatch
def clear_cache() -> str:
    """Clears the cache."""
    os.remove("/var/cache/e2e/cache.json")
    log.info("cache cleared with token %s", API_TOKEN)  # sensitive-data-logged
    print("cleared", file=sys.stderr)
    return "cleared"


if __name__ == "__main__":
    mcp.run()
