"""Entry point: `python server.py` (stdio)."""
import logging
import sys

from paperless_mcp import tools  # noqa: F401  (registers the tools)
from paperless_mcp.app import mcp

logging.basicConfig(stream=sys.stderr, level=logging.INFO)

if __name__ == "__main__":
    mcp.run()
