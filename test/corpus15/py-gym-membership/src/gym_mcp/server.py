import logging
import sys

from .app import mcp
from . import tools  # noqa: F401  (registers tools)


def main() -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    mcp.run()


if __name__ == "__main__":
    main()
