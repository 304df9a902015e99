"""yaml-pipelines: validate and run small YAML build pipelines."""
from __future__ import annotations

import sys

import yaml
from ruamel.yaml import YAML
from mcp.server.fastmcp import FastMCP

from runner import run_make, run_step

mcp = FastMCP("yaml-pipelines")
_ruamel = YAML(typ="safe")


@mcp.tool()
def validate_pipeline(document: str) -> str:
    """Check that a pipeline document parses and lists its steps."""
    # ok: unsafe-deserialization
    data = yaml.safe_load(document)
    steps = data.get("steps", []) if isinstance(data, dict) else []
    return f"{len(steps)} steps: " + ", ".join(s.get("name", "?") for s in steps)


@mcp.tool()
def run_pipeline(document: str) -> str:
    """Run every step of a pipeline and return the combined log."""
    # ruleid: unsafe-deserialization
    pipeline = yaml.load(document, Loader=yaml.Loader)
    log = []
    for step in pipeline.get("steps", []):
        code, out = run_step(step)
        log.append(f"$ {step.get('name')}\n{out}")
        if code != 0:
            log.append(f"step failed with exit code {code}")
            break
    return "\n".join(log)


@mcp.tool()
def render_matrix(document: str) -> list[dict]:
    """Expand the build matrix of a pipeline."""
    # ruleid: unsafe-deserialization
    data = yaml.unsafe_load(document)
    matrix = data.get("matrix", {})
    combos = [{}]
    for key, values in matrix.items():
        combos = [dict(c, **{key: v}) for c in combos for v in values]
    return combos


@mcp.tool()
def lint_pipeline(document: str) -> list[str]:
    """Report common mistakes in a pipeline document."""
    # ok: unsafe-deserialization
    data = yaml.load(document, Loader=yaml.SafeLoader)
    problems = []
    for i, step in enumerate(data.get("steps", [])):
        if "run" not in step and "uses" not in step:
            problems.append(f"step {i} has neither run nor uses")
        if "name" not in step:
            problems.append(f"step {i} has no name")
    return problems or ["no problems found"]


@mcp.tool()
def merge_defaults(document: str, defaults: str) -> str:
    """Merge a defaults document under a pipeline document."""
    # ok: unsafe-deserialization
    base = _ruamel.load(defaults) or {}
    # ruleid: unsafe-deserialization
    override = yaml.load(document, Loader=yaml.UnsafeLoader) or {}
    merged = {**base, **override}
    return yaml.safe_dump(merged, sort_keys=False)


@mcp.tool()
def make(target: str) -> str:
    """Run a make target of the pipeline work directory."""
    code, out = run_make(target)
    return f"exit {code}\n{out}"


@mcp.tool()
def run_single_step(name: str, command: str) -> str:
    """Run one ad-hoc step."""
    code, out = run_step({"name": name, "run": command})
    return f"exit {code}\n{out}"


if __name__ == "__main__":
    sys.stderr.write("yaml-pipelines on stdio\n")
    mcp.run()
