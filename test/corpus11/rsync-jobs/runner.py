import os
import subprocess

from commands import SyncJob, quoted_line, rsync_argv, rsync_line


def run_job(job: SyncJob, dry_run: bool) -> str:
    # ok: tool-input-to-shell
    proc = subprocess.run(rsync_argv(job, dry_run), capture_output=True, text=True, timeout=3600)
    return proc.stdout + proc.stderr


def run_job_legacy(job: SyncJob) -> str:
    # ruleid: tool-input-to-shell
    proc = subprocess.run(rsync_line(job), shell=True, capture_output=True, text=True)
    return proc.stdout


def run_job_quoted(job: SyncJob) -> int:
    # ok: tool-input-to-shell
    return os.system(quoted_line(job))


def disk_usage(path: str) -> str:
    # ruleid: tool-input-to-shell
    return os.popen(f"du -sh {path}").read()
