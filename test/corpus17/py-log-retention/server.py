import logging
import sys

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

import retention

logging.basicConfig(stream=sys.stderr, level=logging.WARNING)

mcp = FastMCP("log-retention")

mcp.add_tool(retention.list_logs)
mcp.add_tool(retention.tail_log)
mcp.add_tool(retention.compress_log)
mcp.add_tool(retention.purge_expired, annotations=ToolAnnotations(destructiveHint=True))
mcp.add_tool(retention.restore_archive)
mcp.add_tool(retention.retention_policy)
mcp.add_tool(retention.set_policy)

if __name__ == "__main__":
    mcp.run()
