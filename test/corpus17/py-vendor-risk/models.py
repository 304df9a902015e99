from typing import Literal

from pydantic import BaseModel, Field


class Vendor(BaseModel):
    name: str = Field(max_length=120)
    domain: str = Field(pattern=r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
    tier: Literal["critical", "high", "medium", "low"] = "medium"
    owner_email: str


class QuestionnaireAnswer(BaseModel):
    question_id: str = Field(pattern=r"^Q\d{1,3}$")
    answer: Literal["yes", "no", "n/a", "partial"]
    evidence_url: str | None = None


class ScoreRequest(BaseModel):
    vendor: str = Field(pattern=r"^[a-z0-9-]{2,40}$")
    weights: dict[str, float] = Field(default_factory=dict)
