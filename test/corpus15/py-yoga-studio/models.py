from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

Style = Literal["hatha", "vinyasa", "yin", "ashtanga", "restorative", "prenatal"]


class BookingRequest(BaseModel):
    student_email: str = Field(pattern=r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", max_length=120)
    session_id: int = Field(gt=0)
    mat_rental: bool = False


class Session(BaseModel):
    id: int
    style: Style
    teacher: str
    starts_at: datetime
    spots_left: int


class TeacherPlan(BaseModel):
    teacher: str
    weekly: list[dict[str, str]]
