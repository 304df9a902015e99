import json
import subprocess
from pathlib import Path
from typing import Literal

from fastmcp import Context

from ..app import mcp

PROJECTS_ROOT = Path("/srv/projects").resolve()


def _project_dir(name: str) -> Path:
    path = (PROJECTS_ROOT / name).resolve()
    if not path.is_relative_to(PROJECTS_ROOT):
        raise ValueError("unknown project")
    return path


@mcp.tool
async def pip_audit(project: str, ctx: Context, output: Literal["json", "cyclonedx-json"] = "json") -> dict:
    """Run pip-audit against a project's requirements.txt."""
    req = _project_dir(project) / "requirements.txt"
    await ctx.report_progress(0, 1)
    # ok: tool-input-to-shell
    proc = subprocess.run(["pip-audit", "-r", str(req), "-f", output, "--progress-spinner", "off"], capture_output=True, text=True, timeout=600)
    await ctx.report_progress(1, 1)
    # ok: unsafe-deserialization
    return json.loads(proc.stdout or "{}")


@mcp.tool
def npm_audit(project: str, level: str = "high") -> str:
    """Run npm audit for a project at or above a severity level."""
    cwd = _project_dir(project)
    # ruleid: tool-input-to-shell
    proc = subprocess.run(f"npm audit --audit-level={level} --json", shell=True, cwd=cwd, capture_output=True, text=True)
    return proc.stdout[:100_000]


def outdated(project: str, extra_index: str = "") -> str:
    """List outdated packages (pip list --outdated) in the project's venv."""
    venv_pip = _project_dir(project) / ".venv" / "bin" / "pip"
    cmd = [str(venv_pip), "list", "--outdated", "--format", "json"]
    if extra_index:
        cmd += ["--extra-index-url", extra_index]
    # ok: tool-input-to-shell
    return subprocess.check_output(cmd, text=True, timeout=300)


mcp.add_tool(outdated)
