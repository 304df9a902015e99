import logging

from fastmcp import FastMCP

import lines  # noqa: F401  (fills REGISTRY)
from registry import REGISTRY

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("kelp-farm")

mcp = FastMCP("kelp-farm")

for name, fn in REGISTRY.items():
    mcp.tool(name=name)(fn)

if __name__ == "__main__":
    log.info("registered %d tools", len(REGISTRY))
    mcp.run()
