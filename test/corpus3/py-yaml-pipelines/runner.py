"""Executes pipeline steps for the yaml-pipelines server."""
from __future__ import annotations

import logging
import re
import subprocess
from pathlib import Path

log = logging.getLogger("pipelines.runner")

WORKDIR = Path("/srv/pipelines/work")
MAKE_TARGET = re.compile(r"^[a-z][a-z0-9_-]{0,40}$")


def run_step(step: dict, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run one `run:` step of a pipeline through the shell, like CI systems do."""
    command = step["run"]
    log.info("step %s", step.get("name", "?"))
    # ruleid: tool-input-to-shell
    proc = subprocess.run(command, shell=True, cwd=WORKDIR, env=env, capture_output=True, text=True, timeout=600)
    return proc.returncode, proc.stdout + proc.stderr


def run_make(target: str) -> tuple[int, str]:
    if not MAKE_TARGET.match(target):
        raise ValueError(f"invalid make target {target!r}")
    # ok: tool-input-to-shell
    proc = subprocess.run(["make", "-C", str(WORKDIR), target], capture_output=True, text=True, timeout=600)
    return proc.returncode, proc.stdout + proc.stderr
