import ast
import math
from statistics import NormalDist


def two_proportion_z(conv_a: int, n_a: int, conv_b: int, n_b: int) -> dict:
    p_a, p_b = conv_a / n_a, conv_b / n_b
    pooled = (conv_a + conv_b) / (n_a + n_b)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n_a + 1 / n_b))
    z = (p_b - p_a) / se if se else 0.0
    return {"lift": (p_b - p_a) / p_a if p_a else None, "z": z, "p_value": 2 * (1 - NormalDist().cdf(abs(z)))}


def parse_weights(text: str) -> dict:
    # ok: tool-input-to-eval
    weights = ast.literal_eval(text)
    if not isinstance(weights, dict) or not all(isinstance(v, (int, float)) for v in weights.values()):
        raise ValueError("weights must be a dict of numbers, e.g. {'control': 50, 'variant': 50}")
    return weights


def derived_metric(expression: str, totals: dict) -> float:
    """Evaluate a metric such as `revenue / users` over the per-variant totals."""
    # ruleid: tool-input-to-eval
    return float(eval(expression, {"__builtins__": {}}, dict(totals)))
