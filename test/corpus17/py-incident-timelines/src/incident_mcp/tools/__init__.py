"""Importing the submodules registers their tools on the shared `mcp`."""

from . import export, timeline  # noqa: F401
