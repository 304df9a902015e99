import re

_RANGE = re.compile(r"^(?P<inv>@)?(?:(?P<lo>~|-?\d+(?:\.\d+)?):)?(?P<hi>-?\d+(?:\.\d+)?)?$")


def evaluate(rule: str, value: float) -> bool:
    expr = rule.replace("value", repr(float(value)))
    # ruleid: tool-input-to-eval
    return bool(eval(expr))


def evaluate_compiled(rule: str, value: float) -> bool:
    m = _RANGE.match(rule)
    if not m:
        raise ValueError("not a Nagios range")
    lo = float("-inf") if m["lo"] == "~" else float(m["lo"] or 0)
    hi = float(m["hi"]) if m["hi"] else float("inf")
    inside = lo <= value <= hi
    # ok: tool-input-to-eval
    return inside if m["inv"] else not inside
