import importlib

from mcp.server.fastmcp import FastMCP

TOOL_MODULES = [
    "lookouts.tools.cameras",
    "lookouts.tools.reports",
]

mcp = FastMCP("wildfire-lookouts")

for module_name in TOOL_MODULES:
    module = importlib.import_module(module_name)
    module.register(mcp)


def main() -> None:
    mcp.run()


if __name__ == "__main__":
    main()
