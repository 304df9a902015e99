import os
import subprocess
from pathlib import Path

WORKSPACE = Path(os.environ.get("CI_WORKSPACE", "/srv/ci")).resolve()
ARTIFACTS = WORKSPACE / "artifacts"


def run_step(build_id: str, name: str, script: str) -> str:
    log = ARTIFACTS / build_id / f"{name}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    # ruleid: tool-input-to-path
    with open(log, "w") as fh:
        # ruleid: tool-input-to-shell
        proc = subprocess.run(script, shell=True, cwd=WORKSPACE, stdout=fh, stderr=subprocess.STDOUT, timeout=1800)
    return f"{name}: exit {proc.returncode}"


def artifact_path(build_id: str, name: str) -> str:
    return os.path.join(ARTIFACTS, build_id, name)
