from .app import mcp
from . import tools  # noqa: F401


def main() -> None:
    mcp.run(transport="stdio")


if __name__ == "__main__":
    main()
