from datetime import date
from typing import Literal

from pydantic import BaseModel, Field

Pollutant = Literal["pm25", "pm10", "no2", "o3", "so2", "co"]


class HistoryQuery(BaseModel):
    station_code: str = Field(pattern=r"^[A-Z]{2}\d{4}$", description="e.g. GB0682")
    pollutant: Pollutant
    start: date
    end: date


class CalibrationUpload(BaseModel):
    station_code: str = Field(pattern=r"^[A-Z]{2}\d{4}$")
    slope: float
    offset: float
    network_api_key: str
