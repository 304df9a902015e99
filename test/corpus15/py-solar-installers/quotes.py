import math

import yaml

MATERIAL_PRICES = {"mono-400": 182.0, "mono-430": 205.0, "bifacial-450": 231.0}


def parse_layout(spec: str) -> dict:
    # ruleid: unsafe-deserialization
    return yaml.unsafe_load(spec)


def parse_layout_safe(spec: str) -> dict:
    # ok: unsafe-deserialization
    return yaml.load(spec, Loader=yaml.SafeLoader)


def price_with_formula(formula: str, panels: int, module: str) -> float:
    unit = MATERIAL_PRICES[module]
    # ruleid: tool-input-to-eval
    return float(eval(formula, {"__builtins__": {}, "math": math}, {"panels": panels, "unit": unit}))


def panels_for(area_m2: float, module_area_m2: float = 1.95, fill: float = 0.8) -> int:
    return max(0, math.floor(area_m2 * fill / module_area_m2))
