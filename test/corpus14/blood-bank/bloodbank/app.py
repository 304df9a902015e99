"""Blood bank inventory MCP server (hospital transfusion service)."""
import functools
import logging
import sys
import time

from mcp.server.fastmcp import FastMCP

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("bloodbank")

mcp = FastMCP("blood-bank-inventory")


def log_calls(fn):
    """Log tool name and duration (never arguments: they may identify patients)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__name__, (time.monotonic() - started) * 1000)

    return wrapper


def main() -> None:
    from . import tools  # noqa: F401  (registers the tools on `mcp`)

    mcp.run()


if __name__ == "__main__":
    main()
