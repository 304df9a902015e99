import ast
import base64
import json
import pickle


def evaluate_alarm_rule(rule_src: str, readings: dict) -> bool:
    scope = {"r": readings}
    # ruleid: tool-input-to-eval
    exec(compile(f"result = bool({rule_src})", "<alarm-rule>", "exec"), scope)
    return scope["result"]


def parse_setpoints(text: str) -> dict:
    # ok: tool-input-to-eval
    value = ast.literal_eval(text)
    return {str(k): float(v) for k, v in dict(value).items()}


def restore_trend_snapshot(blob: str) -> list:
    # ruleid: unsafe-deserialization
    return pickle.loads(base64.b64decode(blob))


def restore_trend_json(blob: str) -> list:
    # ok: unsafe-deserialization
    data = json.loads(blob)
    return [(float(t), float(v)) for t, v in data]
