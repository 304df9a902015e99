import subprocess

from mcp.server.fastmcp import FastMCP


def register(mcp: FastMCP, repo_dir: str) -> None:
    @mcp.tool()
    def git_log(branch: str = "main", n: int = 10) -> str:
        """Recent commits of a branch."""
        return subprocess.run(["git", "log", "--oneline", f"-n{n}", branch], cwd=repo_dir, capture_output=True, text=True).stdout  # SAFE tool-input-to-shell

    @mcp.tool()
    def git_grep(pattern: str) -> str:
        """Search the repository."""
        return subprocess.run(f"git grep -n '{pattern}'", shell=True, cwd=repo_dir, capture_output=True, text=True).stdout  # FLAW tool-input-to-shell

    @mcp.tool()
    def git_clone(url: str, dest: str) -> str:
        """Clone a repository."""
        cmd = ["git", "clone", "--depth", "1", url, dest]
        return subprocess.run(" ".join(cmd), shell=True, capture_output=True, text=True).stderr  # FLAW tool-input-to-shell
