"""Shared FastMCP instance for the museum audio guide server."""
from pathlib import Path

from mcp.server.fastmcp import FastMCP

MEDIA_ROOT = Path("/var/lib/audioguide/media").resolve()
TOURS_ROOT = Path("/var/lib/audioguide/tours").resolve()

mcp = FastMCP("museum-audio-guide")
