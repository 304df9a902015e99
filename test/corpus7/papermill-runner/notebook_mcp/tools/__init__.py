"""Importing the submodules registers their tools on the shared `mcp`."""
from . import notebooks, outputs  # noqa: F401
