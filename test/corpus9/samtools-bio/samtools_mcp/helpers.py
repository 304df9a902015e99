import shlex
import subprocess
from pathlib import Path

DATA_ROOT = Path("/data/seq").resolve()


def resolve_dataset(rel: str) -> Path:
    full = (DATA_ROOT / rel).resolve()
    if not full.is_relative_to(DATA_ROOT):
        raise ValueError("path outside the data root")
    return full


def run_pipeline(cmd: str) -> str:
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    return proc.stdout


def run_quoted(tool: str, *args: str) -> str:
    cmd = " ".join([tool, *(shlex.quote(a) for a in args)])
    # ok: tool-input-to-shell
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True).stdout
