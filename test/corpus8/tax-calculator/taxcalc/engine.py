import ast
import operator
from decimal import Decimal

from .rates import brackets

_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def progressive(gross: Decimal, jurisdiction: str, year: int, filing: str) -> Decimal:
    tax = Decimal(0)
    for lower, upper, rate in brackets(jurisdiction, year, filing):
        if gross <= lower:
            break
        top = gross if upper is None else min(gross, Decimal(upper))
        tax += (top - Decimal(lower)) * Decimal(str(rate))
    return tax.quantize(Decimal("0.01"))


def _walk(node, env):
    if isinstance(node, ast.Expression):
        return _walk(node.body, env)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return Decimal(str(node.value))
    if isinstance(node, ast.Name) and node.id in env:
        return env[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_walk(node.left, env), _walk(node.right, env))
    raise ValueError("only + - * / over gross, deductions, rate and numbers")


def apply_formula_safe(formula: str, env: dict) -> Decimal:
    # ok: tool-input-to-eval
    tree = ast.parse(formula, mode="eval")
    return _walk(tree, env)


def apply_formula_fast(formula: str, env: dict) -> Decimal:
    code = compile(formula, "<rule>", "eval")
    # ruleid: tool-input-to-eval
    return Decimal(str(eval(code, {}, {k: float(v) for k, v in env.items()})))
