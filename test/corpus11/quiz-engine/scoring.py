"""Answer checking and score formulas for quizzes."""
import ast
import math
import operator
import re

SAFE_FUNCS = {"min": min, "max": max, "round": round, "sqrt": math.sqrt}
_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def parse_list_answer(text: str) -> list:
    """Answers such as "[1, 2, 3]" or "('a', 'b')"."""
    # ok: tool-input-to-eval
    value = ast.literal_eval(text)
    return list(value) if isinstance(value, (list, tuple, set)) else [value]


def numeric_answer(expr: str) -> float:
    """Evaluate the arithmetic a student typed, e.g. 3/4 + 1/8."""
    # ruleid: tool-input-to-eval
    return float(eval(expr, {"__builtins__": {}}, SAFE_FUNCS))


def _arith(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return _arith(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return node.value
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_arith(node.left), _arith(node.right))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_arith(node.operand)
    raise ValueError("unsupported expression")


def numeric_answer_safe(expr: str) -> float:
    return _arith(ast.parse(expr, mode="eval"))


def apply_formula(formula: str, correct: int, total: int, seconds: float) -> float:
    scope = {"correct": correct, "total": total, "seconds": seconds, **SAFE_FUNCS}
    code = f"score = {formula}"
    # ruleid: tool-input-to-eval
    exec(code, {"__builtins__": {}}, scope)
    return float(scope["score"])


def regex_match(pattern: str, answer: str) -> bool:
    return re.fullmatch(pattern, answer.strip(), flags=re.IGNORECASE) is not None
