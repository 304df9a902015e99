from fastmcp import FastMCP

import tools  # noqa: F401  (fills REGISTRY)
from registry import REGISTRY

mcp = FastMCP("fishing-charters")

for name, fn in sorted(REGISTRY.items()):
    mcp.tool(name=name)(fn)

if __name__ == "__main__":
    mcp.run()
