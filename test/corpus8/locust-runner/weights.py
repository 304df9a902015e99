import ast


def parse_weights(text):
    # ruleid: tool-input-to-eval
    value = eval(text)
    return {str(k): int(v) for k, v in dict(value).items()}


def parse_weights_literal(text: str) -> dict[str, int]:
    # ok: tool-input-to-eval
    value = ast.literal_eval(text)
    if not isinstance(value, dict):
        raise ValueError("weights must be a dict literal")
    return {str(k): int(v) for k, v in value.items()}
