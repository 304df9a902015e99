"""Builds rsync command lines for the job runner."""
import shlex
from dataclasses import dataclass, field

DEFAULT_FLAGS = ["--archive", "--compress", "--human-readable", "--stats"]


@dataclass
class SyncJob:
    source: str
    destination: str
    excludes: list[str] = field(default_factory=list)
    delete: bool = False
    bwlimit_kbps: int | None = None


def rsync_argv(job: SyncJob, dry_run: bool = True) -> list[str]:
    argv = ["rsync", *DEFAULT_FLAGS]
    if dry_run:
        argv.append("--dry-run")
    if job.delete:
        argv.append("--delete")
    if job.bwlimit_kbps:
        argv.append(f"--bwlimit={int(job.bwlimit_kbps)}")
    argv += [f"--exclude={e}" for e in job.excludes]
    argv += ["--", job.source, job.destination]
    return argv


def rsync_line(job: SyncJob) -> str:
    excludes = " ".join(f"--exclude '{e}'" for e in job.excludes)
    return f"rsync {' '.join(DEFAULT_FLAGS)} {excludes} {job.source} {job.destination}"


def quoted_line(job: SyncJob) -> str:
    words = ["rsync", *DEFAULT_FLAGS, *[f"--exclude={e}" for e in job.excludes], "--", job.source, job.destination]
    return " ".join(shlex.quote(w) for w in words)
