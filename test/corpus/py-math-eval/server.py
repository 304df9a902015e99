import ast
import importlib
import math
import operator
import re

import numexpr
import pandas as pd
import sympy
from fastmcp import FastMCP

mcp = FastMCP("math-lab")

SAFE_EXPR = re.compile(r"^[\d\s+\-*/().]+$")
CONVERTERS = {"json": "converters.json_conv", "csv": "converters.csv_conv"}
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv, ast.USub: operator.neg}


def _eval_node(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval_node(node.left), _eval_node(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPS:
        return _OPS[type(node.op)](_eval_node(node.operand))
    raise ValueError("unsupported expression")


@mcp.tool
def calculate(expression: str) -> float:
    """Evaluate a math expression. Supports math functions like sqrt, sin."""
    return eval(expression, {"__builtins__": None}, vars(math))  # FLAW tool-input-to-eval


@mcp.tool
def calculate_checked(expression: str) -> float:
    """Evaluate a plain arithmetic expression."""
    if not SAFE_EXPR.match(expression):
        raise ValueError("only digits and + - * / ( ) allowed")
    return eval(expression)  # SAFE tool-input-to-eval


@mcp.tool
def calculate_ast(expression: str) -> float:
    """Evaluate arithmetic by walking the AST."""
    tree = ast.parse(expression, mode="eval")  # SAFE tool-input-to-eval
    return _eval_node(tree.body)


@mcp.tool
def simplify(expr: str) -> str:
    """Simplify a symbolic expression."""
    return str(sympy.simplify(sympy.sympify(expr)))  # FLAW tool-input-to-eval


@mcp.tool
def vector_expr(expr: str, a: list[float], b: list[float]) -> list[float]:
    """Evaluate a vector expression over arrays a and b."""
    import numpy as np
    return numexpr.evaluate(expr, local_dict={"a": np.array(a), "b": np.array(b)}).tolist()  # FLAW tool-input-to-eval


@mcp.tool
def filter_rows(csv_text: str, condition: str) -> str:
    """Filter CSV rows with a pandas query condition."""
    from io import StringIO
    df = pd.read_csv(StringIO(csv_text))
    return df.query(condition).to_csv(index=False)  # FLAW tool-input-to-eval


@mcp.tool
def convert(fmt: str, data: str) -> str:
    """Convert data with a named converter module."""
    module = importlib.import_module(fmt)  # FLAW tool-input-to-eval
    return module.convert(data)


@mcp.tool
def convert_known(fmt: str, data: str) -> str:
    """Convert data with a bundled converter."""
    if fmt not in CONVERTERS:
        raise ValueError(f"unknown format {fmt}")
    module = importlib.import_module(CONVERTERS[fmt])  # SAFE tool-input-to-eval
    return module.convert(data)


@mcp.tool
def define_function(name: str, body: str) -> str:
    """Define a helper function from source code."""
    source = f"def {name}(x):\n"
    source += "\n".join("    " + line for line in body.splitlines())
    namespace: dict = {}
    exec(source, namespace)  # FLAW tool-input-to-eval
    return f"defined {name}"


@mcp.tool
def power(base: float, exponent: int) -> float:
    """base ** exponent."""
    return eval(f"{base} ** {exponent}")  # SAFE tool-input-to-eval


if __name__ == "__main__":
    mcp.run()
