from pathlib import Path

import yaml

RUBRICS = Path(__file__).parent / "rubrics"


def load_rubric_file(name: str) -> dict:
    with open(RUBRICS / f"{name}.yaml") as fh:
        # ok: unsafe-deserialization
        return yaml.load(fh, Loader=yaml.SafeLoader)


def apply_rubric(rubric: dict, answers: dict) -> dict:
    total = 0.0
    detail = {}
    for criterion in rubric.get("criteria", []):
        key = criterion["key"]
        weight = float(criterion.get("weight", 1))
        value = float(answers.get(key, 0))
        detail[key] = value * weight
        total += value * weight
    return {"total": round(total, 2), "detail": detail}
