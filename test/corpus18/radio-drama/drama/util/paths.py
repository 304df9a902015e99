from pathlib import Path


def safe_path(root: Path, relative: str) -> Path:
    """Resolve `relative` under `root`, refusing anything that escapes it."""
    base = root.resolve()
    candidate = (base / relative).resolve()
    if not candidate.is_relative_to(base):
        raise PermissionError(f"{relative!r} is outside {base}")
    return candidate
