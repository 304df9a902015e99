"""Expression helpers for the sky catalog tools."""
import ast
import math

import numpy as np

# Columns available to filters: ra/dec in degrees, magnitude, parallax in mas.
COLUMNS = ("ra", "dec", "mag", "parallax")
REDUCERS = {"mean": np.mean, "median": np.median, "min": np.min, "max": np.max, "std": np.std}
DISTANCE_EXPR = compile("1000.0 / parallax if parallax > 0 else float('nan')", "<distance>", "eval")


def reduce_column(values: list[float], reducer: str) -> float:
    # ruleid: tool-input-to-eval
    return float(eval(f"np.{reducer}(values)", {"np": np, "values": values}))


def reduce_column_safe(values: list[float], reducer: str) -> float:
    if reducer not in REDUCERS:
        raise ValueError(f"reducer must be one of {sorted(REDUCERS)}")
    return float(REDUCERS[reducer](values))


def distance_pc(parallax: float) -> float:
    # ok: tool-input-to-eval
    return eval(DISTANCE_EXPR, {"__builtins__": {}}, {"parallax": float(parallax), "float": float})


def parse_coords(text: str) -> tuple[float, float]:
    # ok: tool-input-to-eval
    ra, dec = ast.literal_eval(text)
    return float(ra) % 360.0, max(-90.0, min(90.0, float(dec)))


def row_filter(expression: str):
    code = compile(expression, "<filter>", "eval")
    # ruleid: tool-input-to-eval
    return lambda row: bool(eval(code, {"math": math}, dict(zip(COLUMNS, row))))
