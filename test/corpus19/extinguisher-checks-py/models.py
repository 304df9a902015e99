from datetime import date
from enum import Enum

from pydantic import BaseModel, Field


class ExtinguisherType(str, Enum):
    water = "water"
    foam = "foam"
    co2 = "co2"
    powder = "powder"
    wet_chemical = "wet_chemical"


class Check(BaseModel):
    serial: str = Field(pattern=r"^[A-Z0-9]{6,12}$")
    building: str = Field(max_length=40)
    checked_on: date
    pressure_ok: bool
    seal_intact: bool
    notes: str = Field(default="", max_length=500)


class Unit(BaseModel):
    serial: str
    kind: ExtinguisherType
    building: str
    floor: int
    last_service: date | None = None
