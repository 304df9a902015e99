import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from .factories import make_classification_tools, make_lab_tools

mcp = FastMCP("beach-water-quality")

LAB_DIR = Path(os.environ.get("LAB_EXPORTS", "/srv/beach/lab"))

for fn in [*make_lab_tools(LAB_DIR), *make_classification_tools("eu2006")]:
    mcp.add_tool(fn)


@mcp.resource("beach://sites")
def sites() -> str:
    """Monitored bathing sites."""
    return "\n".join(sorted(p.stem for p in LAB_DIR.glob("*.yaml")))


if __name__ == "__main__":
    mcp.run()
