"""School timetable MCP server: tool modules are listed in TOOL_MODULES and loaded at start-up."""
import importlib
import logging
import sys

from mcp.server.fastmcp import FastMCP

logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(name)s %(message)s")

TOOL_MODULES = [
    "timetable.tools.solver",
    "timetable.tools.exports",
]

mcp = FastMCP("school-timetables")


def load_tools() -> int:
    count = 0
    for module_name in TOOL_MODULES:
        module = importlib.import_module(module_name)
        for fn in getattr(module, "TOOLS", []):
            mcp.add_tool(fn)
            count += 1
    return count


if __name__ == "__main__":
    n = load_tools()
    logging.getLogger("timetable").info("registered %d tools", n)
    mcp.run()
