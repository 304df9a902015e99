"""Autograder tools for a programming course: run checks against student submissions."""

import ast
import json
import operator
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Literal

from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

mcp = FastMCP("course-grader")

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "max": max, "min": min}


class TestCase(BaseModel):
    function: str = Field(pattern=r"^[a-zA-Z_][a-zA-Z0-9_]*$")
    args_literal: str = Field(max_length=2000, description="Python literal of the argument tuple, e.g. (1, [2, 3])")
    expected_literal: str = Field(max_length=2000)


@mcp.tool()
def run_snippet(code: str, function: str, args_json: str) -> str:
    """Runs a student's function on some arguments and returns the result."""
    namespace: dict = {}
    # ruleid: tool-input-to-eval
    exec(code, namespace)
    result = namespace[function](*json.loads(args_json))
    return repr(result)


@mcp.tool()
def check_expression(expression: str, expected: float) -> bool:
    """Checks a student's arithmetic answer written as an expression."""
    # ruleid: tool-input-to-eval
    value = eval(expression, {"__builtins__": {}})
    return abs(float(value) - expected) < 1e-9


@mcp.tool()
def run_submission_sandboxed(code: str, case: TestCase) -> dict:
    """Runs a submission in a separate interpreter with a timeout and compares the result."""
    # ok: tool-input-to-eval
    args = ast.literal_eval(case.args_literal)
    # ok: tool-input-to-eval
    expected = ast.literal_eval(case.expected_literal)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp, "submission.py")
        src.write_text(code, encoding="utf-8")
        harness = f"import json, submission; print(json.dumps(submission.{case.function}(*{args!r})))"
        # ok: tool-input-to-shell
        proc = subprocess.run([sys.executable, "-I", "-c", harness], cwd=tmp, capture_output=True, text=True, timeout=5)
    got = json.loads(proc.stdout or "null")
    return {"passed": got == expected, "got": got, "expected": expected, "stderr": proc.stderr[-2000:]}


@mcp.tool()
# ok: weak-input-schema
def combine_scores(op: Literal["+", "-", "*", "/", "max", "min"], a: float, b: float) -> float:
    """Combines two rubric scores with an operator."""
    # ok: tool-input-to-eval
    return OPS[op](a, b)


@mcp.tool()
# ruleid: weak-input-schema
def grade_rubric(rubric, answers) -> dict:
    """Scores answers against a rubric (both given as dictionaries)."""
    total = 0.0
    for key, points in rubric.items():
        if str(answers.get(key, "")).strip().lower() == str(points.get("answer", "")).strip().lower():
            total += float(points.get("points", 1))
    return {"score": total}


if __name__ == "__main__":
    mcp.run()
