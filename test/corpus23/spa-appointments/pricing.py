"""Package pricing: treatment names are replaced by their prices, then the formula is evaluated."""
import re

PRICES = {"massage60": 70.0, "massage90": 98.0, "facial": 65.0, "hot_stone": 85.0, "sauna": 18.0}


def _substitute(formula: str) -> str:
    return re.sub(r"[a-z_0-9]+", lambda m: str(PRICES.get(m.group(0), m.group(0))), formula)


def price_expression(formula: str) -> float:
    expr = _substitute(formula)
    # ruleid: tool-input-to-eval
    return float(eval(expr, {"__builtins__": {}}, {}))
