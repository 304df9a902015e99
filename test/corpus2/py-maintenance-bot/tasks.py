"""Maintenance tasks. Each function is registered as an MCP tool by server.py."""

import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any, Literal

LOG_DIR = Path(os.environ.get("APP_LOG_DIR", "/var/log/app"))
CACHE_DIR = Path(os.environ.get("APP_CACHE_DIR", "/var/cache/app")).resolve()
HOOKS_DIR = Path(os.environ.get("APP_HOOKS_DIR", "/opt/app/hooks"))
SETTINGS = Path(os.environ.get("APP_SETTINGS", "/etc/app/settings.json"))


def rotate_logs(keep: int = 7) -> str:
    """Compress old logs, keeping the newest N uncompressed."""
    logs = sorted(LOG_DIR.glob("*.log"), key=lambda p: p.stat().st_mtime, reverse=True)
    for p in logs[keep:]:
        # ok: tool-input-to-shell
        subprocess.run(["gzip", "-f", str(p)], check=False)
    return f"compressed {max(0, len(logs) - keep)} files"


def vacuum_db(database: Literal["app", "sessions", "audit"]) -> str:
    """VACUUM one of the application databases."""
    path = f"/var/lib/app/{database}.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("VACUUM")
    return f"vacuumed {database}"


def purge_cache(subdir: str) -> str:
    """Delete a cache sub-folder."""
    target = (CACHE_DIR / subdir).resolve()
    if not target.is_relative_to(CACHE_DIR) or target == CACHE_DIR:
        return "refusing to purge outside the cache"
    # ok: tool-input-to-path
    shutil.rmtree(target, ignore_errors=True)
    return f"purged {subdir}"


# ruleid: weak-input-schema
def run_hook(name, args):
    """Run a maintenance hook script with arguments."""
    script = HOOKS_DIR / name
    # ruleid: tool-input-to-shell
    return subprocess.check_output(f"{script} {args}", shell=True, text=True)


# ruleid: weak-input-schema
def apply_settings(changes: dict[str, Any]) -> str:
    """Merge changes into the settings file."""
    current = json.loads(SETTINGS.read_text())
    current.update(changes)
    SETTINGS.write_text(json.dumps(current, indent=2))
    return "settings updated"


def disk_report(mount: str = "/") -> str:
    """Disk usage of a mount point."""
    usage = shutil.disk_usage(mount)
    # ruleid: stdout-in-stdio-server
    print(f"disk_report {mount}: {usage.used}/{usage.total}")
    return f"{usage.used / usage.total:.0%} used of {usage.total // 2**30} GiB"
