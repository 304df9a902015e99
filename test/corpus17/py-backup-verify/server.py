"""Backup verification MCP server (fastmcp 2)."""

import json
import os
import subprocess
from pathlib import Path
from typing import Literal

from fastmcp import FastMCP

from verify import checksum_command, db_dump_check, list_archive, restore_test, run_argv

mcp = FastMCP(name="backup-verify")

STATE = Path(os.environ.get("VERIFY_STATE", "/var/lib/backup-verify/state.json"))


def _load_state() -> dict:
    try:
        return json.loads(STATE.read_text())
    except FileNotFoundError:
        return {}


@mcp.tool
def archive_checksum(archive: str, algo: Literal["sha256", "sha512", "b2"] = "sha256") -> str:
    """Checksum of an archive in the backup repository."""
    return run_argv(checksum_command(archive, algo))


@mcp.tool
def test_restore(archive: str, target_dir: str = "/tmp/restore-test") -> str:
    """Extract an archive into a scratch folder to prove it restores."""
    code = restore_test(archive, target_dir)
    return "restore OK" if code == 0 else f"restore failed ({code})"


@mcp.tool
def archive_contents(archive: str) -> str:
    """First 100 entries of an archive."""
    return list_archive(archive)


@mcp.tool
def check_db_dump(dump_file: str, database: str) -> str:
    """Count table-data entries of a database in a pg_dump archive."""
    return f"{db_dump_check(dump_file, database)} table data entries"


@mcp.tool
def snapshot_age(repo: Literal["offsite", "nas", "cloud"]) -> str:
    """Age of the newest snapshot in a repository, as recorded by the last verify run."""
    state = _load_state()
    return state.get(repo, {}).get("newest", "unknown")


@mcp.tool
def mount_usage(mountpoint: str) -> str:
    """Disk usage of a backup mount."""
    # ruleid: tool-input-to-shell
    out = subprocess.check_output("df -h " + mountpoint, shell=True, text=True)
    return out


@mcp.tool
def verify_all(archives: list[str]) -> str:
    """Checksum several archives at once."""
    return "\n".join(run_argv(checksum_command(a)) for a in archives)


@mcp.tool
def record_result(archive: str, ok: bool, note: str = "") -> str:
    """Record the result of a manual verification."""
    state = _load_state()
    state.setdefault("manual", {})[archive] = {"ok": ok, "note": note}
    STATE.write_text(json.dumps(state, indent=2))
    return "recorded"


if __name__ == "__main__":
    # ruleid: stdout-in-stdio-server
    print(f"backup-verify watching {STATE}")
    mcp.run()
