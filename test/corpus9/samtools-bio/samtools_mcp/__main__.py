from .app import mcp
from . import tools  # noqa: F401

if __name__ == "__main__":
    mcp.run()
