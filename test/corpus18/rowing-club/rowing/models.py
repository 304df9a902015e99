from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class BookingRequest(BaseModel):
    boat: str = Field(pattern=r"^[A-Z][A-Za-z0-9 -]{1,30}$")
    crew: list[str] = Field(min_length=1, max_length=9)
    start: datetime
    minutes: int = Field(ge=15, le=240)
    boat_class: Literal["1x", "2x", "2-", "4x", "4-", "4+", "8+"]


class ErgImport(BaseModel):
    source_url: str
    member: str


class EntryQuery(BaseModel):
    regatta_id: int
    event: str | None = None
