from mcp.server.fastmcp import FastMCP

mcp = FastMCP("air-quality-stations")
