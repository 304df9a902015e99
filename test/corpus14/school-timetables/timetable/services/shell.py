"""Thin wrappers around the FET timetabling CLI."""
import logging
import subprocess

log = logging.getLogger(__name__)


def run_shell(command: str, timeout: int = 600) -> str:
    log.debug("shell: %s", command)
    # ruleid: tool-input-to-shell
    proc = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip()[-2000:])
    return proc.stdout


def run_argv(argv: list[str], timeout: int = 600) -> str:
    # ok: tool-input-to-shell
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip()[-2000:])
    return proc.stdout
