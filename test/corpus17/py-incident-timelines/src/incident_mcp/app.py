"""Shared FastMCP instance and small cross-cutting helpers."""

import functools
import logging
import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

log = logging.getLogger("incident_mcp")

mcp = FastMCP("incident-timelines")

DATA_DIR = Path(os.environ.get("INCIDENT_DATA", "/var/lib/incidents")).resolve()
EXPORT_DIR = DATA_DIR / "exports"


def log_calls(fn):
    """Log tool calls (name only) and their duration."""

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        log.info("tool %s called", fn.__name__)
        return await fn(*args, **kwargs)

    return wrapper


def incident_dir(incident_id: str) -> Path:
    return DATA_DIR / incident_id
