import ast
from typing import Literal

from pydantic import BaseModel, Field

from .registry import register

WEIGHTS = {"gpa": 0.5, "test": 0.3, "essay": 0.2}


class Applicant(BaseModel):
    applicant_id: str = Field(pattern=r"^A\d{7}$")
    gpa: float = Field(ge=0, le=4.0)
    test_score: int = Field(ge=0, le=1600)
    essay: int = Field(ge=0, le=10)


@register()
# ok: weak-input-schema
def score_applicant(applicant: Applicant, track: Literal["standard", "scholarship"] = "standard") -> float:
    """Weighted admission score of one applicant."""
    base = applicant.gpa / 4 * WEIGHTS["gpa"] + applicant.test_score / 1600 * WEIGHTS["test"] + applicant.essay / 10 * WEIGHTS["essay"]
    return round(base * (1.1 if track == "scholarship" else 1.0), 4)


@register()
# ruleid: weak-input-schema
def custom_score(applicant, formula):
    """Score an applicant with a committee formula, e.g. "gpa * 20 + test / 16"."""
    env = {"gpa": applicant["gpa"], "test": applicant["test_score"], "essay": applicant["essay"]}
    # ruleid: tool-input-to-eval
    return eval(formula, {"__builtins__": {}}, env)


@register()
def parse_weights(weights_literal: str) -> dict:
    """Parse a weights dict pasted from the committee spreadsheet, e.g. {'gpa': 0.6, 'test': 0.4}."""
    # ok: tool-input-to-eval
    parsed = ast.literal_eval(weights_literal)
    if not isinstance(parsed, dict):
        raise ValueError("expected a dict literal")
    return {k: float(v) for k, v in parsed.items()}
