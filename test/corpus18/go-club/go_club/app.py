"""Go club MCP server: ladder, game records and SGF analysis."""
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("go-club")


def main() -> None:
    # importing the tools package registers every tool on `mcp`
    from . import tools  # noqa: F401

    mcp.run()


if __name__ == "__main__":
    main()
