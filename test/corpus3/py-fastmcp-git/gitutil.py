"""Helpers around the git command line used by server.py."""
from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

log = logging.getLogger("fastmcp-git.util")

REPO = Path(os.environ.get("GIT_REPO", ".")).resolve()


def run_git(*args: str, timeout: int = 30) -> str:
    """Run git with an argument vector (no shell) inside the repository."""
    log.debug("git %s", " ".join(args))
    proc = subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip() or f"git exited with {proc.returncode}")
    return proc.stdout


def grep(pattern: str, pathspec: str = ".") -> str:
    # ruleid: tool-input-to-shell
    return subprocess.getoutput(f"cd {REPO} && git grep -n --color=never '{pattern}' -- {pathspec}")


def current_branch() -> str:
    return run_git("rev-parse", "--abbrev-ref", "HEAD").strip()
