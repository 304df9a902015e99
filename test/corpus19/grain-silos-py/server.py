"""Grain silo monitoring (temperature cables, moisture, aeration) over Streamable HTTP."""
import logging
from typing import Annotated, Literal

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field

import sensors

logging.basicConfig(level=logging.INFO)

Silo = Literal["S1", "S2", "S3", "S4"]

mcp = FastMCP(
    "grain-silos",
    host="127.0.0.1",
    port=8040,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


@mcp.tool()
# ok: weak-input-schema
async def cable_temperatures(silo: Silo, cable: Annotated[str, Field(pattern=r"^C[0-9]{1,2}$")]) -> str:
    """Temperatures along one temperature cable of a silo (JSON)."""
    return await sensors.read_cables(silo, cable)


@mcp.tool()
def aeration(silo: Silo, action: Literal["start", "stop"], minutes: Annotated[int, Field(ge=0, le=720)] = 60) -> str:
    """Start or stop the aeration fans of a silo."""
    return sensors.run_fan(silo, action, minutes)


@mcp.tool()
def export_moisture(silo: Silo, destination: str) -> str:
    """Export the moisture history of a silo to a CSV file on the site server."""
    return sensors.moisture_export(silo, destination)


@mcp.tool()
def calibrate_cable(silo: Silo, offsets: list[str]) -> str:
    """Apply calibration offsets (e.g. C1=+0.4) to the cables of a silo."""
    return sensors.calibrate(silo, offsets)


@mcp.tool()
def spoilage_risk(temp_c: float, moisture_pct: float) -> str:
    """Rough spoilage risk from grain temperature and moisture."""
    score = (temp_c - 10) * 0.6 + (moisture_pct - 13) * 2.5
    return "high" if score > 10 else "medium" if score > 4 else "low"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
