from mcp.server.fastmcp import FastMCP

mcp = FastMCP("jewellery-appraisal")
