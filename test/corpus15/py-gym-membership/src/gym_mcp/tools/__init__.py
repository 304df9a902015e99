"""Importing the submodules registers their tools on the shared `mcp`."""

from . import classes, members  # noqa: F401

__all__ = ["classes", "members"]
