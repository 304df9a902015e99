"""Forest inventory MCP server (stands, plots, trees, harvest records)."""
from typing import Annotated, Literal

from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

from . import repo

mcp = FastMCP("forestry-inventory")

StandId = Annotated[str, Field(pattern=r"^[0-9]{3}-[A-Z]{1,2}[0-9]{0,2}$")]


class HarvestQuery(BaseModel):
    compartment: str = Field(max_length=20)
    year: int = Field(ge=1950, le=2100)


@mcp.tool()
def plots(stand_id: StandId) -> list[dict]:
    """Sample plots measured in a stand."""
    return repo.plots_in_stand(stand_id)


@mcp.tool()
def trees(stand_id: str, species: str) -> list[dict]:
    """Tally trees of one species in a stand (species code, e.g. PSME)."""
    return repo.trees_by_species(stand_id, species)


@mcp.tool()
# ruleid: weak-input-schema
def find_stands(filters: dict) -> list[dict]:
    """Stands matching column filters, e.g. {"forest_type": "mixed", "age_class": 4}."""
    return repo.stands_matching(filters)


@mcp.tool()
# ok: weak-input-schema
def harvest_volume(query: HarvestQuery, unit: Literal["m3", "mbf"] = "m3") -> float:
    """Harvested volume of a compartment in a year."""
    m3 = repo.harvest_volume(query.compartment, query.year)
    return m3 if unit == "m3" else round(m3 / 2.36, 2)


@mcp.tool()
def owner_parcels(owner: str) -> list[dict]:
    """Parcels owned by a landowner (name search)."""
    return repo.owner_parcels(owner)


@mcp.tool()
def restore_cruise(blob_hex: str) -> dict:
    """Restore a field cruise session synced from the tablet app."""
    return repo.load_cruise_session(blob_hex)


if __name__ == "__main__":
    mcp.run()
