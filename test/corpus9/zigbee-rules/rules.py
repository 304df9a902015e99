import ast
import operator

_OPS = {"lt": operator.lt, "gt": operator.gt, "eq": operator.eq}


def compile_condition(expr: str):
    code = compile(expr, "<rule>", "eval")

    def check(state: dict) -> bool:
        # ruleid: tool-input-to-eval
        return bool(eval(code, {"__builtins__": {}}, state))

    return check


def parse_payload(text: str):
    # ok: tool-input-to-eval
    return ast.literal_eval(text)


def simple_condition(attr: str, op: str, value: float):
    if op not in _OPS:
        raise ValueError("op must be lt, gt or eq")
    return lambda state: _OPS[op](state.get(attr, 0), value)
