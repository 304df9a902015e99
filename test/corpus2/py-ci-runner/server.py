"""CI helper: run pipelines defined in YAML, read build artifacts."""

import os
import subprocess
import uuid
from pathlib import Path

import yaml
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

from pipeline import run_step, artifact_path

WORKSPACE = Path(os.environ.get("CI_WORKSPACE", "/srv/ci")).resolve()

mcp = FastMCP(
    "ci-runner",
    # ruleid: bind-all-interfaces
    host="0.0.0.0",
    port=8090,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["*"], allowed_origins=["*"]),
)


@mcp.tool()
def run_pipeline(pipeline_yaml: str) -> list[str]:
    """Run every step of a pipeline given as YAML."""
    # ruleid: unsafe-deserialization
    spec = yaml.load(pipeline_yaml, Loader=yaml.UnsafeLoader)
    build_id = uuid.uuid4().hex[:12]
    results = []
    for step in spec.get("steps", []):
        results.append(run_step(build_id, step["name"], step["run"]))
    return results


@mcp.tool()
def run_saved_pipeline(name: str) -> list[str]:
    """Run a pipeline stored in the workspace's .ci folder."""
    pipelines = {p.stem: p for p in (WORKSPACE / ".ci").glob("*.yml")}
    if name not in pipelines:
        return [f"unknown pipeline; known: {sorted(pipelines)}"]
    # ok: unsafe-deserialization
    spec = yaml.safe_load(pipelines[name].read_text())
    build_id = uuid.uuid4().hex[:12]
    return [run_step(build_id, s["name"], s["run"]) for s in spec.get("steps", [])]


@mcp.tool()
def read_artifact(build_id: str, name: str) -> str:
    """Read a text artifact of a build."""
    # ruleid: tool-input-to-path
    return open(artifact_path(build_id, name), encoding="utf-8", errors="replace").read()[:50000]


@mcp.tool()
def checkout(ref: str) -> str:
    """Check out a git ref in the workspace."""
    # ruleid: tool-input-to-shell
    r = subprocess.run("git fetch origin && git checkout " + ref, shell=True, cwd=WORKSPACE, capture_output=True, text=True)
    return r.stdout + r.stderr


@mcp.tool()
def list_builds() -> list[str]:
    """Build ids with artifacts."""
    return sorted(p.name for p in (WORKSPACE / "artifacts").iterdir() if p.is_dir())


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
