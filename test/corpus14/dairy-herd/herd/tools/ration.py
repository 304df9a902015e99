import json
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, Field

from ..services import parlour
from .base import BaseTool

CowId = Annotated[str, Field(pattern=r"^[A-Z]{2}\d{10}$", description="EU ear tag number")]


class RationLine(BaseModel):
    feed: str
    kg_dm: float = Field(gt=0, le=40)


class MilkYield(BaseTool):
    name = "milk_yield"
    description = "Daily milk yield of a cow over the last days."

    def run(self, cow_id: CowId, days: Annotated[int, Field(ge=1, le=90)] = 7) -> str:
        return parlour.milk_yield(cow_id, days)


class SortGate(BaseTool):
    name = "sort_gate"
    description = "Divert cows into a pen at the next milking (e.g. for the vet or AI technician)."

    def run(self, cow_ids: list[str], pen: str) -> str:
        return parlour.sort_gate(cow_ids, pen)


class LoadRationPlan(BaseTool):
    name = "load_ration_plan"
    description = "Load a TMR ration plan exported from the nutritionist's software (YAML)."

    def run(self, plan_yaml: str) -> dict:
        # ruleid: unsafe-deserialization
        plan = yaml.load(plan_yaml, Loader=yaml.Loader)
        return {"groups": list(plan.get("groups", {}))}


class CheckRation(BaseTool):
    name = "check_ration"
    description = "Check a ration (YAML list of feed / kg DM) against the group's dry-matter target."

    def run(self, ration_yaml: str, group: Literal["fresh", "high", "low", "dry"]) -> str:
        # ok: unsafe-deserialization
        lines = [RationLine(**row) for row in yaml.safe_load(ration_yaml)]
        total = sum(line.kg_dm for line in lines)
        return json.dumps({"group": group, "kg_dm": round(total, 2)})


TOOLS: list[BaseTool] = [MilkYield(), SortGate(), LoadRationPlan(), CheckRation()]
