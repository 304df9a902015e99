from fastmcp import FastMCP

mcp = FastMCP(name="remittance-corridors", instructions="Tools for the remittance operations desk.")
