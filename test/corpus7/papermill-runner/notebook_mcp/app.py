"""Shared FastMCP instance for the notebook runner."""
import logging
import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

NOTEBOOK_DIR = Path(os.environ.get("NOTEBOOK_DIR", "/srv/notebooks")).resolve()
OUTPUT_DIR = Path(os.environ.get("NOTEBOOK_OUTPUT_DIR", "/srv/notebooks/_runs")).resolve()

mcp = FastMCP("papermill-runner")


def main() -> None:
    """Console entry point (`notebook-mcp = "notebook_mcp.app:main"` in pyproject.toml)."""
    from . import tools  # noqa: F401  (importing the package registers the tools)

    mcp.run()


if __name__ == "__main__":
    main()
