import importlib

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("swim-meets")

TOOL_MODULES = ["swim.tools.entries", "swim.tools.timing", "swim.tools.results"]

for module_name in TOOL_MODULES:
    module = importlib.import_module(module_name)
    for fn in module.TOOLS:
        mcp.add_tool(fn)

if __name__ == "__main__":
    mcp.run()
