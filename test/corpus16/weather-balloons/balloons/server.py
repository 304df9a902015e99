import logging

from fastmcp import FastMCP

from . import tools  # noqa: F401  (fills REGISTRY)
from .registry import REGISTRY

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("balloons")

mcp = FastMCP("weather-balloons")

for tool_name, fn in REGISTRY.items():
    mcp.tool(name=tool_name)(fn)
    log.debug("registered %s", tool_name)


if __name__ == "__main__":
    mcp.run()
