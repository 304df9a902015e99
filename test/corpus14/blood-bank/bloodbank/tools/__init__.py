"""Importing the submodules registers their tools on the shared FastMCP instance."""
from . import crossmatch, inventory

__all__ = ["crossmatch", "inventory"]
