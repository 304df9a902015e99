"""MCP tools for a small step-ca certificate authority."""

__version__ = "0.3.0"
