import os

from mcp.server.fastmcp import FastMCP

from devbox.tools import git
from devbox.tools.files import ArchiveTools

mcp = FastMCP("devbox")
REPO = os.environ.get("REPO_DIR", os.getcwd())

git.register(mcp, REPO)
ArchiveTools(mcp, os.environ.get("ARCHIVE_ROOT", "/srv/archives"))


@mcp.tool()
def read_env_file(name: str = ".env") -> str:
    """Read an env file from the repository."""
    with open(os.path.join(REPO, name)) as f:  # FLAW tool-input-to-path
        return f.read()


if __name__ == "__main__":
    mcp.run()
