"""Tool modules; each one decorates functions with the shared `mcp` from app.py."""
from . import games, sgf  # noqa: F401

__all__ = ["games", "sgf"]
