"""Quota snapshots and alert rules."""

import ast
import json
import marshal
import operator

import jsonpickle

ALERT_RULES = {
    "near_limit": "usage / limit > 0.8",
    "exhausted": "usage >= limit",
    "spike": "usage - previous > limit * 0.2",
}

_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def evaluate_rule(rule: str, usage: float, limit: float, previous: float = 0.0) -> bool:
    if rule not in ALERT_RULES:
        raise ValueError(f"unknown rule; choose from {sorted(ALERT_RULES)}")
    # ok: tool-input-to-eval
    return bool(eval(ALERT_RULES[rule], {"__builtins__": {}}, {"usage": usage, "limit": limit, "previous": previous}))


def arithmetic(expr: str) -> float:
    """Evaluate + - * / on numbers only, by walking the AST."""

    def walk(node):
        if isinstance(node, ast.Expression):
            return walk(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in _OPS:
            return _OPS[type(node.op)](walk(node.left), walk(node.right))
        raise ValueError("only numbers and + - * / are allowed")

    # ok: tool-input-to-eval
    return float(walk(ast.parse(expr, mode="eval")))


def restore_snapshot(blob: str) -> dict:
    # ruleid: unsafe-deserialization
    return jsonpickle.decode(blob)


def restore_compiled_rules(hex_blob: str):
    # ruleid: unsafe-deserialization
    return marshal.loads(bytes.fromhex(hex_blob))


def restore_json_snapshot(text: str) -> dict:
    # ok: unsafe-deserialization
    return json.loads(text)
