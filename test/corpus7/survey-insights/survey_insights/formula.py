"""Score formulas over answer columns, e.g. `(q1 + q2 + q3) / 3 - q4 * 0.5`."""
import ast

ALLOWED_NODES = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.Name, ast.Load, ast.Add, ast.Sub, ast.Mult, ast.Div, ast.USub, ast.UAdd)


def compile_score(formula: str, columns: set[str]):
    tree = ast.parse(formula, mode="eval")
    for node in ast.walk(tree):
        if not isinstance(node, ALLOWED_NODES):
            raise ValueError(f"{type(node).__name__} is not allowed in a score formula")
        if isinstance(node, ast.Name) and node.id not in columns:
            raise ValueError(f"unknown column {node.id}")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (int, float)):
            raise ValueError("only numeric constants are allowed")
    code = compile(tree, "<score>", "eval")
    # ok: tool-input-to-eval
    return lambda row: eval(code, {"__builtins__": {}}, row)


def parse_weights(text: str) -> dict[str, float]:
    # ok: tool-input-to-eval
    raw = ast.literal_eval(text)
    return {str(k): float(v) for k, v in dict(raw).items()}
