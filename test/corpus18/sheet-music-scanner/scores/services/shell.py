"""Thin wrappers around the external engraving / OMR programs."""
import logging
import shlex
import subprocess

log = logging.getLogger("scores.shell")


def run_shell(cmd: str, timeout: int = 600) -> str:
    log.debug("running %s", cmd)
    # ruleid: tool-input-to-shell
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out, _ = proc.communicate(timeout=timeout)
    if proc.returncode:
        raise RuntimeError(f"command failed with {proc.returncode}")
    return out


def run_quoted(template: str, *args: str, timeout: int = 600) -> str:
    """Fill `template` with shell-quoted args, e.g. run_quoted("mscore -o {} {}", out, src)."""
    cmd = template.format(*(shlex.quote(str(a)) for a in args))
    # ok: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=timeout)
    return proc.stdout + proc.stderr
