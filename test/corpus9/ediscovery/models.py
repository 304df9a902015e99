from typing import Literal

from pydantic import BaseModel, Field


class HoldRequest(BaseModel):
    matter_id: str = Field(pattern=r"^M-\d{6}$")
    custodian: str = Field(pattern=r"^[a-z]+\.[a-z]+$")
    scope: Literal["email", "chat", "files"]


class ExportRequest(BaseModel):
    matter_id: str = Field(pattern=r"^M-\d{6}$")
    format: Literal["pdf", "native", "load-file"] = "native"
