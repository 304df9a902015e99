# A Python FastMCP server over SSE on every interface, without authentication.
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("e2e-inventory", host="0.0.0.0", port=8765)


@mcp.tool()
def stock_level(sku: str) -> int:
    """Units in stock for a SKU."""
    return len(sku)


if __name__ == "__main__":
    mcp.run(transport="sse")
