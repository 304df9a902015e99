import logging

from mcp.server.fastmcp import FastMCP

logging.basicConfig(level=logging.INFO, filename="/var/log/salon-mcp.log")
log = logging.getLogger("salon")

mcp = FastMCP("salon-bookings")
