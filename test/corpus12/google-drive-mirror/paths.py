import os
from pathlib import Path

MIRROR_ROOT = os.environ.get("DRIVE_MIRROR", os.path.expanduser("~/GoogleDrive"))


def resolve_in_mirror(name: str) -> Path:
    root = Path(MIRROR_ROOT).resolve()
    target = (root / name).resolve()
    if not target.is_relative_to(root):
        raise PermissionError(f"{name} is not inside the Drive mirror")
    return target
