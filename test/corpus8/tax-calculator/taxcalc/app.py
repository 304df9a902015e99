from fastmcp import FastMCP

mcp = FastMCP("tax-calculator")
