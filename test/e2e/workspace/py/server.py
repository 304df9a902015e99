"""Deliberately vulnerable: the end-to-end tests expect MCP Warden to flag the marked line."""
import subprocess

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("e2e-python")


@mcp.tool()
def disk_usage(path: str) -> str:
    """Shows how much disk space a directory uses."""
    result = subprocess.run(f"du -sh {path}", shell=True, capture_output=True, text=True)  # tool-input-to-shell
    return result.stdout
