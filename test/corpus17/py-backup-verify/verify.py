"""Helpers that shell out to the backup tools."""

import os
import shlex
import subprocess

REPO_ROOT = "/mnt/backups"


def checksum_command(archive: str, algo: str = "sha256") -> list[str]:
    return [f"{algo}sum", "--", os.path.join(REPO_ROOT, os.path.basename(archive))]


def run_argv(argv: list[str]) -> str:
    # ok: tool-input-to-shell
    res = subprocess.run(argv, capture_output=True, text=True, check=False)
    return res.stdout or res.stderr


def restore_test(archive: str, target_dir: str) -> int:
    cmd = f"tar -xzf {REPO_ROOT}/{archive} -C {target_dir} --warning=no-timestamp"
    # ruleid: tool-input-to-shell
    return os.system(cmd)


def list_archive(archive: str) -> str:
    # ok: tool-input-to-shell
    with os.popen("tar -tzf " + shlex.quote(os.path.join(REPO_ROOT, archive)) + " | head -100") as p:
        return p.read()


def db_dump_check(dump_file: str, database: str) -> str:
    # ruleid: tool-input-to-shell
    with os.popen(f"pg_restore --list {dump_file} | grep -c 'TABLE DATA {database}'") as p:
        return p.read().strip()
