import json
import sqlite3
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field

LANDINGS = Path("/srv/traps/landings").resolve()
DB = sqlite3.connect("/srv/traps/landings.db", check_same_thread=False)


class Landing(BaseModel):
    port: str = Field(pattern=r"^[A-Z]{3}$")
    kg: float = Field(gt=0, lt=20000)
    vessel: str = Field(max_length=40)


# ok: weak-input-schema
def record_landing(landing: Landing) -> str:
    """Record a landing at the co-op scale."""
    # ok: tool-input-to-sql
    DB.execute("INSERT INTO landings (port, kg, vessel) VALUES (?, ?, ?)", (landing.port, landing.kg, landing.vessel))
    DB.commit()
    return "recorded"


# ruleid: weak-input-schema
def landing_slip(port, slip_name) -> str:
    """Read a landing slip file for a port."""
    # ruleid: tool-input-to-path
    return (LANDINGS / port / slip_name).read_text()


# ok: weak-input-schema
def vessel_totals(vessel: Annotated[str, Field(pattern=r"^[A-Za-z0-9 '-]{2,40}$")]) -> str:
    """Season landing totals of a vessel."""
    rows = DB.execute("SELECT port, sum(kg) FROM landings WHERE vessel = :v GROUP BY port", {"v": vessel}).fetchall()
    return json.dumps(rows)


def season_report(season: Annotated[str, Field(pattern=r"^\d{4}$")]) -> str:
    """Season report text prepared by the co-op office."""
    # ok: tool-input-to-path
    return (LANDINGS / "reports" / f"season-{season}.txt").read_text()


TOOLS = [record_landing, landing_slip, vessel_totals, season_report]
