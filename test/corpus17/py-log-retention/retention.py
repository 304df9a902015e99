"""Retention tools; registered in server.py with mcp.add_tool()."""

import gzip
import os
import shutil
import time
from pathlib import Path

from paths import ARCHIVE_ROOT, LOG_ROOT, inside, naive_inside

POLICIES = {"app": 30, "audit": 365, "access": 90, "debug": 7}


def list_logs(app: str) -> str:
    """Log files of one application with their age in days."""
    folder = inside(LOG_ROOT, app)
    now = time.time()
    # ok: tool-input-to-path
    entries = sorted(folder.iterdir())
    return "\n".join(f"{p.name}\t{(now - p.stat().st_mtime) / 86400:.0f}d" for p in entries)


def tail_log(app: str, filename: str, lines: int = 100) -> str:
    """Last lines of a log file."""
    path = naive_inside(LOG_ROOT, os.path.join(app, filename))
    # ruleid: tool-input-to-path
    with open(path, "r", errors="replace") as fh:
        return "".join(fh.readlines()[-lines:])


def compress_log(app: str, filename: str) -> str:
    """gzip a rotated log into the archive."""
    src = inside(LOG_ROOT, f"{app}/{filename}")
    dest = inside(ARCHIVE_ROOT, f"{app}/{filename}.gz")
    dest.parent.mkdir(parents=True, exist_ok=True)
    # ok: tool-input-to-path
    with src.open("rb") as fin, gzip.open(dest, "wb") as fout:
        shutil.copyfileobj(fin, fout)
    return f"archived {dest.name}"


def purge_expired(app: str, category: str = "app") -> str:
    """Delete archived logs older than the category's retention period."""
    days = POLICIES.get(category, 30)
    cutoff = time.time() - days * 86400
    folder = ARCHIVE_ROOT / app
    removed = 0
    for p in folder.glob("*.gz"):
        if p.stat().st_mtime < cutoff:
            # ruleid: tool-input-to-path
            os.remove(p)
            removed += 1
    return f"removed {removed} archives older than {days} days"


def restore_archive(archive_path: str) -> str:
    """Un-gzip an archive back into the live log folder."""
    src = Path(archive_path)
    # ruleid: tool-input-to-path
    data = gzip.decompress(src.read_bytes())
    out = LOG_ROOT / "restored" / src.stem
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return f"restored to {out}"


def retention_policy(category: str) -> str:
    """Retention period of a log category."""
    if category not in POLICIES:
        return f"unknown category; known: {', '.join(POLICIES)}"
    return f"{category}: {POLICIES[category]} days"


# ruleid: weak-input-schema
def set_policy(category, days):
    """Change a retention period."""
    POLICIES[category] = int(days)
    return f"{category} now kept {days} days"
