"""calculator: maths helpers for the assistant (stdio)."""
from __future__ import annotations

import ast
import math
import operator
import re
from typing import Literal

import sympy
from simpleeval import simple_eval
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("calculator")

SAFE_NAMES = {k: getattr(math, k) for k in ("sin", "cos", "tan", "sqrt", "log", "exp", "pi", "e")}
NUMERIC = re.compile(r"^[\d\s+\-*/().]{1,120}$")

FORMULAS = {
    "bmi": "weight / (height ** 2)",
    "compound": "principal * (1 + rate) ** years",
    "celsius": "(value - 32) * 5 / 9",
}

_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv, ast.Pow: operator.pow}


def _walk(node: ast.AST) -> float:
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_walk(node.left), _walk(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_walk(node.operand)
    raise ValueError("unsupported expression")


@mcp.tool()
def evaluate(expression: str) -> float:
    """Evaluate a maths expression such as 'sqrt(2) * pi'."""
    # ruleid: tool-input-to-eval
    return eval(expression, {"__builtins__": {}}, SAFE_NAMES)


@mcp.tool()
def arithmetic(expression: str) -> float:
    """Evaluate plain arithmetic (numbers, + - * / and parentheses)."""
    if not NUMERIC.match(expression):
        raise ValueError("only numbers and + - * / ( ) are allowed")
    # ok: tool-input-to-eval
    return eval(expression)


@mcp.tool()
def safe_arithmetic(expression: str) -> float:
    """Evaluate arithmetic by walking the syntax tree."""
    # ok: tool-input-to-eval
    return _walk(ast.parse(expression, mode="eval").body)


@mcp.tool()
def parse_list(literal: str) -> list:
    """Parse a Python list literal such as '[1, 2.5, 3]'."""
    # ok: tool-input-to-eval
    value = ast.literal_eval(literal)
    if not isinstance(value, list):
        raise ValueError("not a list")
    return value


@mcp.tool()
def formula(name: Literal["bmi", "compound", "celsius"], variables: dict[str, float]) -> float:
    """Apply one of the built-in formulas to named variables."""
    # ok: tool-input-to-eval
    return simple_eval(FORMULAS[name], names=variables)


@mcp.tool()
def user_formula(expression: str, variables: dict[str, float]) -> float:
    """Evaluate a formula with simpleeval (no attribute access, no imports)."""
    # ok: tool-input-to-eval
    return simple_eval(expression, names=variables, functions={"sqrt": math.sqrt, "log": math.log})


@mcp.tool()
def simplify(expression: str) -> str:
    """Simplify a symbolic expression."""
    # ruleid: tool-input-to-eval
    return str(sympy.simplify(sympy.sympify(expression)))


@mcp.tool()
def run_snippet(code: str) -> str:
    """Run a short Python snippet that assigns its answer to `result`."""
    scope: dict = {"math": math}
    # ruleid: tool-input-to-eval
    exec(code, scope)
    return repr(scope.get("result"))


@mcp.tool()
def tabulate(expression: str, start: float = 0.0, stop: float = 1.0, steps: int = 10) -> list[tuple[float, float]]:
    """Tabulate f(x) for an expression in x."""
    code = compile(f"lambda x: {expression}", "<tabulate>", "eval")
    # ruleid: tool-input-to-eval
    f = eval(code, {"math": math})
    width = (stop - start) / max(steps, 1)
    return [(start + i * width, f(start + i * width)) for i in range(steps + 1)]


if __name__ == "__main__":
    mcp.run()
