from typing import Annotated

from pydantic import Field

from ..app import mcp
from ..db import query, query_params

CUTS = {"round": "round_brilliant", "princess": "princess", "emerald": "step_emerald", "oval": "oval_brilliant"}


@mcp.tool()
# ok: weak-input-schema
def gem_by_inventory(inventory_no: Annotated[str, Field(pattern=r"^INV-\d{6}$")]) -> list[dict]:
    """Look up a stone by its inventory number."""
    return query_params("SELECT * FROM stones WHERE inventory_no = ?", (inventory_no,))


@mcp.tool()
def stones_by_cut(cut: str, min_carat: float = 0.0) -> list[dict]:
    """List stones of a cut above a carat weight."""
    column_value = CUTS.get(cut, "round_brilliant")
    return query_params("SELECT * FROM stones WHERE cut = ? AND carat >= ?", (column_value, min_carat))


@mcp.tool()
def search_stones(colour: str, clarity: str, order_by: str = "carat") -> list[dict]:
    """Search stones by GIA colour and clarity grade."""
    sql = "SELECT inventory_no, carat, colour, clarity FROM stones WHERE colour = '%s' AND clarity = '%s' ORDER BY %s" % (colour, clarity, order_by)
    return query(sql)
