"""Linen service tools: delivery routes, par levels and imports from hotel PMS exports."""
import json
import marshal
import pickle
from typing import Literal

import yaml
from pydantic import BaseModel, Field


class ParLevel(BaseModel):
    hotel: str = Field(pattern=r"^[a-z0-9_]+$")
    item: Literal["bath_towel", "hand_towel", "king_sheet", "queen_sheet", "pillowcase", "bathrobe"]
    par: int = Field(ge=0, le=5000)


PAR_LEVELS: dict[tuple[str, str], int] = {}


# ok: weak-input-schema
def set_par(level: ParLevel) -> str:
    """Set the par level of an item at a hotel."""
    PAR_LEVELS[(level.hotel, level.item)] = level.par
    return f"{level.hotel}/{level.item} par = {level.par}"


def import_pms_export(document: str, fmt: Literal["json", "yaml"] = "json") -> str:
    """Import a room-occupancy export from the hotel PMS (JSON or YAML)."""
    if fmt == "json":
        # ok: unsafe-deserialization
        data = json.loads(document)
    else:
        # ok: unsafe-deserialization
        data = yaml.load(document, Loader=yaml.SafeLoader)
    return f"{len(data.get('rooms', []))} rooms occupied"


def import_route_plan(route_yaml: str) -> str:
    """Import a delivery route plan written in YAML by the dispatcher."""
    # ruleid: unsafe-deserialization
    plan = yaml.unsafe_load(route_yaml)
    return " -> ".join(stop["hotel"] for stop in plan["stops"])


def restore_session(state_hex: str) -> str:
    """Restore the dispatcher's saved planning session."""
    # ruleid: unsafe-deserialization
    state = pickle.loads(bytes.fromhex(state_hex))
    return f"restored {len(state)} pending pickups"


def load_compiled_rules(blob_hex: str) -> str:
    """Load pre-compiled soil-rate rules shipped by head office."""
    # ruleid: unsafe-deserialization
    code = marshal.loads(bytes.fromhex(blob_hex))
    return f"rules object: {type(code).__name__}"


def soil_weight(kg_per_item: str, items: int) -> str:
    """Expected soiled weight for a pickup."""
    return f"{float(kg_per_item) * items:.1f} kg"
