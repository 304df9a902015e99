from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

Jurisdiction = Literal["DE", "AT", "CH", "NL", "FR"]


class Income(BaseModel):
    jurisdiction: Jurisdiction
    year: int = Field(ge=2018, le=2026)
    gross: Decimal = Field(ge=0)
    deductions: Decimal = Field(default=Decimal(0), ge=0)
    filing: Literal["single", "joint"] = "single"


class CustomRule(BaseModel):
    name: str = Field(max_length=60)
    formula: str = Field(max_length=300, description="arithmetic over gross, deductions, rate")
