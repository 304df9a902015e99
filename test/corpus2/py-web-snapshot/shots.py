import re
from pathlib import Path

ALLOWED_DOMAINS = {"docs.python.org", "developer.mozilla.org", "playwright.dev", "fastapi.tiangolo.com"}

SAFE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


def out_file(out_dir: Path, name: str, suffix: str) -> Path:
    """A file name made only of safe characters, inside out_dir."""
    if not SAFE_NAME.fullmatch(name):
        raise ValueError("name may only contain letters, digits, _ and -")
    out_dir.mkdir(parents=True, exist_ok=True)
    return out_dir / f"{name}{suffix}"
