STANDARDS = {
    "eu2006": "result = 'excellent' if e_coli <= 250 and enterococci <= 100 else 'good' if e_coli <= 500 and enterococci <= 200 else 'poor'",
    "us-epa": "result = 'pass' if e_coli <= 126 and enterococci <= 35 else 'advisory'",
}


def classify_sample(e_coli: float, enterococci: float, standard: str) -> str:
    code = STANDARDS.get(standard)
    if code is None:
        raise ValueError(f"unknown standard {standard}")
    scope = {"e_coli": e_coli, "enterococci": enterococci}
    # ok: tool-input-to-eval
    exec(code, {"__builtins__": {}}, scope)
    return scope["result"]


def custom_rule(rule: str, values: dict) -> str:
    scope = dict(values)
    # ruleid: tool-input-to-eval
    exec(rule, {"__builtins__": {}}, scope)
    return str(scope.get("result", "unclassified"))
