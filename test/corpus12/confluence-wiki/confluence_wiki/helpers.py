import html
import re
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")


def html_to_text(markup: str) -> str:
    return html.unescape(_TAG.sub("", markup)).strip()


def safe_join(root: Path, name: str) -> Path:
    """Resolve `name` under `root`; refuse paths that leave it."""
    base = root.resolve()
    candidate = (base / name).resolve()
    if not candidate.is_relative_to(base):
        raise ValueError(f"{name!r} is outside {base}")
    return candidate
