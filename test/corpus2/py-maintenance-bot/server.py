"""Maintenance bot: tools are plain functions in tasks.py registered with add_tool."""

import logging

from mcp.server.fastmcp import FastMCP

import tasks

logging.basicConfig(level=logging.INFO)

mcp = FastMCP("maintenance-bot")

for fn in (tasks.rotate_logs, tasks.vacuum_db, tasks.purge_cache, tasks.run_hook, tasks.apply_settings, tasks.disk_report):
    mcp.add_tool(fn)


@mcp.tool()
def health() -> str:
    """Basic liveness check."""
    # ok: stdout-in-stdio-server
    logging.info("health check")
    return "ok"


if __name__ == "__main__":
    mcp.run(transport="stdio")
