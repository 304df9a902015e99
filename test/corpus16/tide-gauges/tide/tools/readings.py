from typing import Annotated

from pydantic import Field

from ..app import mcp
from ..services import db


@mcp.tool()
def station_readings(station: str, since: str, limit: int = 200) -> list[dict]:
    """Water levels observed at a gauge since an ISO timestamp."""
    return db.fetch_readings(station, since, limit)


@mcp.tool()
# ok: weak-input-schema
def harmonic_constituents(station_id: Annotated[str, Field(pattern=r"^[0-9]{7}$", description="7-digit gauge id")]) -> list[dict]:
    """Harmonic constituents (M2, S2, K1, ...) for a gauge."""
    return db.fetch_constituents(station_id)


@mcp.tool()
def datum_offset(chart_datum_m: float, local_datum_m: float) -> str:
    """Difference between chart datum and a local datum."""
    return f"{local_datum_m - chart_datum_m:+.3f} m"
