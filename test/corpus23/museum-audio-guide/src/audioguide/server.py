"""Entry point: ``python -m audioguide.server``."""
from . import tools  # noqa: F401  (registers tools)
from .app import mcp


def main() -> None:
    mcp.run()


if __name__ == "__main__":
    main()
