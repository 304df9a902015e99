"""Importing this package registers every tool on the shared `mcp`."""
from . import notes, search  # noqa: F401
