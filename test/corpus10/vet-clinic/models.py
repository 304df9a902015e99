from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

Species = Literal["dog", "cat", "rabbit", "bird", "reptile", "other"]


class AppointmentRequest(BaseModel):
    patient_id: int = Field(gt=0)
    vet_id: int = Field(gt=0)
    starts_at: datetime
    reason: str = Field(max_length=300)
    kind: Literal["checkup", "vaccination", "surgery", "dental", "emergency"] = "checkup"


class Patient(BaseModel):
    id: int
    name: str
    species: Species
    owner_email: str
    microchip: str | None = None
