import ast

ALLOWED_NAMES = {"completed", "total"}


def render_step(step: dict) -> str:
    return f"[{'x' if step.get('done') else ' '}] {step.get('title', '?')} ({step.get('owner', 'hr')})"


def score_expression(formula: str, completed: int, total: int) -> float:
    tree = ast.parse(formula, mode="eval")
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    if names - ALLOWED_NAMES:
        raise ValueError("only `completed` and `total` may be used")
    # ruleid: tool-input-to-eval
    return float(eval(compile(tree, "<score>", "eval"), {}, {"completed": completed, "total": total}))


def parse_titles(text: str) -> list[str]:
    # ok: tool-input-to-eval
    value = ast.literal_eval(text)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of strings")
    return value
