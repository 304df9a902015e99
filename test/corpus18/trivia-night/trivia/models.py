from typing import Literal

from pydantic import BaseModel, Field


class Question(BaseModel):
    round: Literal["general", "music", "sport", "history", "picture"]
    prompt: str = Field(min_length=5, max_length=500)
    answer: str = Field(min_length=1, max_length=120)
    points: int = Field(default=1, ge=1, le=5)


class TeamScore(BaseModel):
    team: str = Field(pattern=r"^[\w .'-]{1,40}$")
    round: int = Field(ge=1, le=8)
    points: int = Field(ge=0, le=50)
