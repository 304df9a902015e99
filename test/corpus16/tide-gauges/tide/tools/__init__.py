"""Tool modules register themselves on the shared `mcp` when imported."""
from . import readings, exports  # noqa: F401
