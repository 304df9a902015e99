from .app import mcp
from . import convert, scripting  # noqa: F401

mcp.run()
