from mcp.server.fastmcp import FastMCP

mcp = FastMCP("chem-workbench")
