"""Danger-level helpers used by the forecasters' tools."""
import ast
import math

DANGER_NAMES = {1: "low", 2: "moderate", 3: "considerable", 4: "high", 5: "very high"}


def stability_index(expression: str, snow: dict) -> float:
    """Evaluate a forecaster-supplied stability index (e.g. 'hn24 * 0.4 + wind / 10')."""
    scope = {"math": math, **snow}
    # ruleid: tool-input-to-eval
    return float(eval(expression, scope))


def parse_profile(profile_literal: str) -> list:
    """Parse a snow profile given as a Python literal list of (depth_cm, hardness) tuples."""
    # ok: tool-input-to-eval
    layers = ast.literal_eval(profile_literal)
    return sorted(layers)


def run_model(code: str, snow: dict) -> dict:
    """Run a forecaster's experimental model snippet that sets `level`."""
    env = {"snow": snow, "level": 0}
    # ruleid: tool-input-to-eval
    exec(compile(code, "<model>", "exec"), env)
    return {"level": env["level"], "name": DANGER_NAMES.get(env["level"], "?")}
