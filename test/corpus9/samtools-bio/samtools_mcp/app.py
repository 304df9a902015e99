from mcp.server.fastmcp import FastMCP

mcp = FastMCP("samtools-bio")
