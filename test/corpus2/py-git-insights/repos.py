import os
from pathlib import Path

WORKSPACE = Path(os.environ.get("GIT_WORKSPACE", "~/src")).expanduser().resolve()


class RepoError(Exception):
    pass


def repo_path(name: str) -> Path:
    """Map a repository name to its folder in the workspace; refuse escapes and non-repos."""
    p = (WORKSPACE / name).resolve()
    if p.parent != WORKSPACE:
        raise RepoError(f"{name!r} is not a repository in {WORKSPACE}")
    if not (p / ".git").exists():
        raise RepoError(f"{p} has no .git folder")
    return p
