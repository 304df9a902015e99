"""Safety inspections MCP server (fire extinguishers, ladders, guard rails, first-aid kits)."""
from .app import mcp
from . import tools  # noqa: F401  (registers the tools on import)


def main() -> None:
    mcp.run()
