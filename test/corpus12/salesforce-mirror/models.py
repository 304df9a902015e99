from typing import Literal

from pydantic import BaseModel, Field


class AccountQuery(BaseModel):
    name_contains: str = Field(description="Part of the account name")
    industry: str | None = None
    order_by: Literal["name", "annual_revenue", "created_date"] = "name"
    limit: int = Field(default=25, ge=1, le=500)


class ContactOut(BaseModel):
    id: str
    first_name: str | None
    last_name: str
    email: str
    account_id: str | None
