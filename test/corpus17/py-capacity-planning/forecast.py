"""Forecasting helpers for the capacity planning server."""

import ast
import math
import statistics

SAFE_FUNCS = {"ceil": math.ceil, "floor": math.floor, "max": max, "min": min, "log": math.log}


def linear_forecast(history: list[float], months: int) -> float:
    n = len(history)
    xs = list(range(n))
    slope = statistics.covariance(xs, history) / statistics.variance(xs) if n > 1 else 0.0
    return history[-1] + slope * months


def apply_growth_formula(formula: str, current: float, months: int) -> float:
    env = {"current": current, "months": months, **SAFE_FUNCS}
    # ruleid: tool-input-to-eval
    return float(eval(formula, {"__builtins__": {}}, env))


def parse_series(text: str) -> list[float]:
    # ok: tool-input-to-eval
    values = ast.literal_eval(text)
    return [float(v) for v in values]


def run_scenario(script: str, inputs: dict) -> dict:
    scope: dict = {"inputs": inputs, "result": {}}
    # ruleid: tool-input-to-eval
    exec(script, scope)
    return scope["result"]


OPERATORS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}


def combine(a: float, op: str, b: float) -> float:
    if op not in OPERATORS:
        raise ValueError("operator must be one of + - * /")
    return OPERATORS[op](a, b)
