"""Entry point: `python -m incident_mcp.server`."""

import logging
import sys

from .app import mcp
from . import tools  # noqa: F401  (registers the tools)


def main() -> None:
    logging.basicConfig(stream=sys.stderr, level=logging.INFO)
    mcp.run()


if __name__ == "__main__":
    main()
