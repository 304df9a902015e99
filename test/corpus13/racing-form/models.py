from dataclasses import dataclass
from datetime import date

from pydantic import Field


@dataclass
class RaceQuery:
    course: str = Field(pattern=r"^[A-Za-z' -]{3,40}$")
    race_date: date = Field(description="meeting date")
    race_time: str = Field(pattern=r"^\d{2}:\d{2}$")


@dataclass
class Bet:
    horse: str
    odds: float
    stake: float
