"""Shared FastMCP instance and helpers for the apiary log server."""
import functools
import logging
import sys
import time

from mcp.server.fastmcp import FastMCP

logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
logger = logging.getLogger("apiary")

mcp = FastMCP("apiary-log")

DATA_DIR = "/var/lib/apiary"


def log_calls(fn):
    """Log tool name and duration (not the arguments)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            logger.info("%s took %.1f ms", fn.__name__, (time.perf_counter() - start) * 1000)

    return wrapper
