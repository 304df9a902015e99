import os
from pathlib import Path

LOG_ROOT = Path(os.environ.get("LOG_ROOT", "/var/log/apps")).resolve()
ARCHIVE_ROOT = Path(os.environ.get("LOG_ARCHIVE", "/srv/log-archive")).resolve()


def inside(root: Path, relative: str) -> Path:
    """Resolve `relative` under `root`; raise if it leaves `root`."""
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(f"{relative!r} is outside {root}")
    return candidate


def naive_inside(root: Path, relative: str) -> str:
    """Joins and checks the prefix, but never resolves '..'."""
    joined = os.path.join(str(root), relative)
    if not joined.startswith(str(root)):
        raise PermissionError("outside root")
    return joined
