"""fastmcp-git: everyday git operations for an assistant (stdio transport)."""
from __future__ import annotations

import os
import shlex
import subprocess
import sys
from typing import Annotated

from pydantic import Field
from mcp.server.fastmcp import FastMCP

import gitutil
from gitutil import REPO, run_git

mcp = FastMCP("fastmcp-git")

RefName = Annotated[str, Field(pattern=r"^[A-Za-z0-9._/-]{1,100}$", description="branch or tag name")]


@mcp.tool()
def log(branch: str = "HEAD", n: int = 20) -> str:
    """Recent commits on a branch, one per line."""
    # ruleid: tool-input-to-shell
    proc = subprocess.run(f"git log --oneline -n {n} {branch}", shell=True, cwd=REPO, capture_output=True, text=True)
    return proc.stdout or proc.stderr


@mcp.tool()
def show(sha: str) -> str:
    """Show a commit (message and diff)."""
    # ok: tool-input-to-shell
    return subprocess.check_output(["git", "show", "--no-color", sha], cwd=REPO, text=True)


@mcp.tool()
def checkout(branch: str) -> str:
    """Check out an existing branch."""
    # ruleid: tool-input-to-shell
    status = os.system("cd " + str(REPO) + " && git checkout " + branch)
    return "ok" if status == 0 else f"git checkout failed ({status})"


@mcp.tool()
def search_code(pattern: str) -> str:
    """Search tracked files with git grep."""
    return gitutil.grep(pattern)


@mcp.tool()
def create_tag(tag: str, message: str) -> str:
    """Create an annotated tag on HEAD."""
    cmd = f"git tag -a {shlex.quote(tag)} -m {shlex.quote(message)}"
    # ok: tool-input-to-shell
    subprocess.run(cmd, shell=True, cwd=REPO, check=True)
    return f"tagged {tag}"


@mcp.tool()
# ok: weak-input-schema
def branch_diff(base: RefName, head: RefName) -> str:
    """Summary of changes between two refs."""
    return run_git("diff", "--stat", f"{base}...{head}")


@mcp.tool()
# ruleid: weak-input-schema
def set_config(options: dict) -> str:
    """Set repository-local git configuration values."""
    for key, value in options.items():
        run_git("config", "--local", str(key), str(value))
    return f"updated {len(options)} settings"


@mcp.tool()
# ruleid: weak-input-schema
def stage(paths, intent_to_add=False) -> str:
    """Stage files for the next commit."""
    args = ["add"] + (["-N"] if intent_to_add else []) + ["--"] + list(paths)
    return run_git(*args) or "staged"


@mcp.tool()
def status() -> str:
    """Short status of the working tree."""
    return run_git("status", "--short", "--branch")


if __name__ == "__main__":
    # ok: stdout-in-stdio-server
    print(f"fastmcp-git serving {REPO} on branch {gitutil.current_branch()}", file=sys.stderr)
    if os.environ.get("FASTMCP_GIT_VERBOSE"):
        # ruleid: stdout-in-stdio-server
        print("verbose mode: every git command is logged")
    mcp.run()
