import functools
import logging
import os
import sqlite3
import time

from mcp.server.fastmcp import FastMCP

logger = logging.getLogger("gym_mcp")

mcp = FastMCP("gym-membership", instructions="Members, classes and check-ins for the Riverside Fitness gyms.")

_db = sqlite3.connect(os.environ.get("GYM_DB", "gym.sqlite3"), check_same_thread=False)
_db.row_factory = sqlite3.Row


def db() -> sqlite3.Connection:
    return _db


def log_calls(fn):
    """Log tool name and duration (never the arguments)."""

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            logger.info("tool %s took %.1f ms", fn.__name__, (time.perf_counter() - started) * 1000)

    return wrapper
