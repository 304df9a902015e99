"""Radio drama production server. Tool modules are listed in TOOL_MODULES and loaded at start."""
import importlib
import logging
import sys

from fastmcp import FastMCP

TOOL_MODULES = ["scripts", "cues"]

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("radio-drama")

mcp = FastMCP("radio-drama")

for module_name in TOOL_MODULES:
    module = importlib.import_module(f"drama.modules.{module_name}")
    module.register(mcp)
    log.info("loaded tool module %s", module_name)

if __name__ == "__main__":
    mcp.run()
