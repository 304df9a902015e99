from .app import mcp
from . import tools  # noqa: F401  (registers the tools)


def main() -> None:
    mcp.run()


if __name__ == "__main__":
    main()
