import os
import shlex
import subprocess
import tempfile
from pathlib import Path

from registry import register

DEAL_DIR = Path(os.environ.get("BRIDGE_DEALS", "/srv/bridge/deals"))


@register("generate_deals")
def generate_deals(constraint_file: str, count: int = 16) -> str:
    """Generate hands with `dealer` from one of the saved constraint files."""
    # ruleid: tool-input-to-shell
    proc = subprocess.run(f"dealer -p {int(count)} {DEAL_DIR}/{constraint_file}", shell=True, capture_output=True, text=True, timeout=60)
    return proc.stdout


@register("generate_from_script")
def generate_from_script(script: str, count: int = 16, seed: int = 1) -> str:
    """Generate hands from a dealer script written by the director."""
    with tempfile.NamedTemporaryFile("w", suffix=".dl", delete=False) as fh:
        fh.write(script)
        script_path = fh.name
    cmd = "dealer -p %d -s %d %s" % (int(count), int(seed), shlex.quote(script_path))
    try:
        # ok: tool-input-to-shell
        proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    finally:
        os.unlink(script_path)
    return proc.stdout


@register("double_dummy")
def double_dummy(pbn: str) -> str:
    """Double-dummy trick table for a deal in PBN notation."""
    # ok: tool-input-to-shell
    proc = subprocess.run(["dds", "-tricks", "-deal", pbn], capture_output=True, text=True, timeout=30)
    return proc.stdout
