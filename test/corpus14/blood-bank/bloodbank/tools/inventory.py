from typing import Annotated, Literal

from pydantic import Field

from .. import db
from ..app import log_calls, mcp

Component = Literal["rbc", "plasma", "platelets", "cryo"]


@mcp.tool()
@log_calls
# ok: weak-input-schema
def available_units(
    component: Component,
    abo: Literal["O", "A", "B", "AB"],
    rh: Literal["pos", "neg"],
) -> list[dict]:
    """Available units of a component for an ABO/Rh group, soonest expiry first."""
    return db.units_by_group(component, abo, rh)


@mcp.tool()
@log_calls
def expiring_units(component: Component, days: Annotated[int, Field(ge=1, le=14)] = 3) -> list[dict]:
    """Units expiring within the given number of days."""
    return db.expiring(component, days)


@mcp.tool
def donor_units(donor_ref: Annotated[str, Field(description="Donor reference from the collection system")]) -> list[dict]:
    """Units collected from one donor (look-back investigations)."""
    return db.units_by_donor(donor_ref)
