from .app import mcp
from . import tools  # noqa: F401  (registers every tool module)


def main() -> None:
    mcp.run()


if __name__ == "__main__":
    main()
