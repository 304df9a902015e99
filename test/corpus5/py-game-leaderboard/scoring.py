"""Safe arithmetic for bonus formulas: only numbers, names from the stats and + - * / ( )."""
import ast
import operator

_ALLOWED_NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load,
                  ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub)
_OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def _check(tree: ast.AST, names: set[str]) -> None:
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED_NODES):
            raise ValueError(f"not allowed in a formula: {type(node).__name__}")
        if isinstance(node, ast.Name) and node.id not in names:
            raise ValueError(f"unknown stat {node.id}")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise ValueError("only numeric constants")


def bonus(formula: str, stats: dict[str, float]) -> float:
    tree = ast.parse(formula, mode="eval")
    _check(tree, set(stats))
    code = compile(tree, "<formula>", "eval")
    # ok: tool-input-to-eval
    return float(eval(code, {"__builtins__": {}}, stats))


def legacy_bonus(formula: str, stats: dict[str, float]) -> float:
    # Old season formulas used Python syntax freely (min/max/round...).
    # ruleid: tool-input-to-eval
    return float(eval(formula, {"min": min, "max": max, "round": round}, stats))
