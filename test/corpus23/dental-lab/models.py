from typing import Literal

from pydantic import BaseModel, Field


class CaseRef(BaseModel):
    case_id: str = Field(pattern=r"^DL-\d{6}$", description="Lab case number, e.g. DL-004512")


class MillJob(BaseModel):
    case_id: str = Field(pattern=r"^DL-\d{6}$")
    material: Literal["zirconia", "emax", "pmma", "wax"]
    shade: str = Field(pattern=r"^[A-D][1-4](\.5)?$")


class ScanUpload(BaseModel):
    case_id: str
    filename: str
    notes: str = ""
