"""Importing the submodules registers their tools on the shared ``mcp``."""
from . import content, media  # noqa: F401
