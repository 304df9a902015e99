from mcp.server.fastmcp import FastMCP

mcp = FastMCP("tide-gauges", instructions="Tide gauge readings, harmonic constituents and CSV exports.")
