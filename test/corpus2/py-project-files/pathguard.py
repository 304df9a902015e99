from pathlib import Path


class PathOutsideRoot(ValueError):
    pass


def resolve_in_root(root: Path, user_path: str) -> Path:
    """Resolve user_path against root; refuse anything that escapes it (.., absolute paths, symlinks)."""
    candidate = (root / user_path).resolve()
    if not candidate.is_relative_to(root):
        raise PathOutsideRoot(user_path)
    return candidate
