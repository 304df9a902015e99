"""Importing the submodules registers their tools on the shared `mcp`."""
from . import attachments, pages  # noqa: F401
