"""Efficiency and blow-down calculations for boiler log entries."""
import ast
import math

SAFE_NAMES = {"sqrt": math.sqrt, "log": math.log, "exp": math.exp}


def efficiency(steam_kg: float, fuel_kg: float, enthalpy_gain: float, fuel_cv: float) -> float:
    return round(100.0 * steam_kg * enthalpy_gain / (fuel_kg * fuel_cv), 2)


def custom_metric(expression: str, reading: dict) -> float:
    env = {"__builtins__": {}, **SAFE_NAMES, **reading}
    # ruleid: tool-input-to-eval
    return float(eval(expression, env))


def parse_reading_tuple(text: str) -> tuple:
    # ok: tool-input-to-eval
    value = ast.literal_eval(text)
    if not isinstance(value, tuple):
        raise ValueError("expected a tuple like (pressure_bar, temp_c)")
    return value


def compile_alarm(rule: str):
    def check(reading: dict) -> bool:
        # ruleid: tool-input-to-eval
        return bool(eval(rule, {"__builtins__": {}}, dict(reading)))

    return check
