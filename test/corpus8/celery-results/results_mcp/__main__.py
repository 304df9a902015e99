from .app import mcp
from .tools import results, beat  # noqa: F401

mcp.run()
