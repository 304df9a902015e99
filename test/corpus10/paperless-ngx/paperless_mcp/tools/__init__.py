"""Importing the submodules registers their tools on the shared `mcp`."""
from . import documents, ingest  # noqa: F401

__all__ = ["documents", "ingest"]
