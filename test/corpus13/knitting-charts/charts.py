import ast

DEFAULT_SYMBOLS = {"k": ".", "p": "-", "yo": "o", "k2tog": "/", "ssk": "\\", "c4f": "X"}


def parse_repeat(repeat: str) -> list[tuple[int, str]]:
    # ok: tool-input-to-eval
    spec = ast.literal_eval(repeat)
    if not isinstance(spec, (list, tuple)):
        raise ValueError("repeat must be a list of (count, stitch) pairs")
    return [(int(n), str(st)) for n, st in spec]


def render_chart(spec: list[tuple[int, str]], rows: int, symbols: dict[str, str]) -> str:
    line = "".join(symbols.get(st, "?") * n for n, st in spec)
    return "\n".join(f"{r + 1:>3} {line}" for r in range(rows))


def run_macro(chart: str, macro: str) -> str:
    grid = [list(row) for row in chart.splitlines()]
    scope = {"grid": grid}
    # ruleid: tool-input-to-eval
    exec(compile(macro, "<macro>", "exec"), {"__builtins__": {}}, scope)
    return "\n".join("".join(row) for row in scope["grid"])
