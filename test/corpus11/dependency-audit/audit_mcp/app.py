from fastmcp import FastMCP

mcp = FastMCP(name="dependency-audit", instructions="Audit Python and npm dependencies for known vulnerabilities.")
