"""Helpers for running terraform and tflint in module folders."""
import os
import shlex
import subprocess
from pathlib import Path

MODULES = Path(os.environ.get("TF_MODULES", "/srv/infra/modules")).resolve()


def module_dir(name: str) -> Path:
    candidate = (MODULES / name).resolve()
    if not candidate.is_relative_to(MODULES):
        raise ValueError(f"{name} is outside the modules folder")
    return candidate


def terraform(args: list[str], cwd: Path) -> str:
    # ok: tool-input-to-shell
    proc = subprocess.run(["terraform", *args], cwd=cwd, capture_output=True, text=True, timeout=600)
    return proc.stdout + proc.stderr


def tflint(cwd: Path, rules: str) -> str:
    cmd = f"tflint --chdir {cwd} --enable-rule={rules} --format compact"
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return proc.stdout


def fmt_check(cwd: Path, extra: str) -> str:
    # ok: tool-input-to-shell
    return subprocess.getoutput(f"terraform fmt -check -diff {shlex.quote(str(cwd))} {shlex.quote(extra)}")
