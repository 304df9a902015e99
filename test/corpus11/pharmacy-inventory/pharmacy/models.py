from datetime import date
from typing import Literal

from pydantic import BaseModel, Field


class StockQuery(BaseModel):
    ndc: str = Field(pattern=r"^\d{4,5}-\d{3,4}-\d{1,2}$", description="National Drug Code")
    location: Literal["main", "satellite", "er"] = "main"


class LotSearch(BaseModel):
    drug_name: str = Field(max_length=120)
    expiring_before: date | None = None
    sort: str = "expiry"


class Adjustment(BaseModel):
    ndc: str
    delta: int = Field(ge=-10_000, le=10_000)
    reason: str = Field(max_length=200)
