import functools
import logging
import sys
import time
from typing import Annotated

from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

from commands import SyncJob
from runner import disk_usage, run_job, run_job_legacy, run_job_quoted

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("rsync-jobs")

mcp = FastMCP("rsync-jobs")


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.1fs", fn.__name__, time.monotonic() - started)

    return wrapper


class JobSpec(BaseModel):
    source: str = Field(description="Local path or host:path")
    destination: str
    excludes: list[str] = []
    delete: bool = False
    bwlimit_kbps: int | None = Field(default=None, ge=64, le=1_000_000)


@mcp.tool()
@log_calls
def sync(spec: JobSpec, dry_run: bool = True) -> str:
    """Run an rsync job (dry run by default)."""
    return run_job(SyncJob(**spec.model_dump()), dry_run)


@mcp.tool()
@log_calls
def sync_legacy(source: str, destination: str, excludes: list[str] | None = None) -> str:
    """Run an rsync job through the legacy shell runner."""
    return run_job_legacy(SyncJob(source, destination, excludes or []))


@mcp.tool()
def sync_quoted(source: str, destination: str) -> str:
    """Run an rsync job with a quoted command line."""
    code = run_job_quoted(SyncJob(source, destination))
    return f"rsync exited with {code}"


@mcp.tool()
def usage(path: Annotated[str, Field(description="Folder to measure")]) -> str:
    """Disk usage of a folder."""
    return disk_usage(path)


@mcp.tool()
# ruleid: weak-input-schema
def schedule(job, cron: str = "0 3 * * *") -> str:
    """Remember a job for nightly runs."""
    log.info("scheduled %s at %s", job, cron)
    return "scheduled"


if __name__ == "__main__":
    mcp.run()
