import importlib

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("lobster-traps")

TOOL_MODULES = ["traps.tools.strings", "traps.tools.landings"]

for mod_name in TOOL_MODULES:
    module = importlib.import_module(mod_name)
    for fn in module.TOOLS:
        mcp.add_tool(fn)


def main() -> None:
    mcp.run()
