"""Variant-sudoku constraint checks used by the generator tools."""
import ast
import pickle

Grid = list[list[int]]


def parse_grid(digits: str) -> Grid:
    cells = [0 if c == "." else int(c) for c in digits]
    return [cells[r * 9:(r + 1) * 9] for r in range(9)]


def parse_givens(text: str) -> list[tuple[int, int, int]]:
    # ok: tool-input-to-eval
    givens = ast.literal_eval(text)
    return [(int(r), int(c), int(v)) for r, c, v in givens]


def check_rule(rule: str, grid: Grid) -> bool:
    """Evaluate a variant rule such as `all(g[r][c] != g[r][c+1] + 1 for r in range(9) for c in range(8))`."""
    # ruleid: tool-input-to-eval
    return bool(eval(rule, {"__builtins__": {"all": all, "any": any, "range": range, "sum": sum}}, {"g": grid}))


def run_plugin(source: str, grid: Grid) -> dict:
    namespace: dict = {"grid": grid}
    # ruleid: tool-input-to-eval
    exec(source, namespace)
    return {k: v for k, v in namespace.items() if k.startswith("result")}


def load_generator_state(hex_state: str) -> dict:
    # ruleid: unsafe-deserialization
    return pickle.loads(bytes.fromhex(hex_state))
