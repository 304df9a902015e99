"""HVAC service company MCP server: site devices, alarms, work orders."""

import os
import sqlite3
from typing import Annotated

import httpx
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from devices import DEVICES, modbus_registers, read_ad_hoc, read_thermostat
from reports import evaluate_alarm_rule, parse_setpoints, restore_trend_json, restore_trend_snapshot

# ruleid: hardcoded-secret
SERVICETITAN_CLIENT_SECRET = "cs1.8d3f0c2b9a7e4d61f5c8b2a0e9d7c6b5a4f3e2d1"
SERVICETITAN_CLIENT_ID = os.environ.get("ST_CLIENT_ID", "")

mcp = FastMCP("hvac-service")
db = sqlite3.connect(os.environ.get("HVAC_DB", "hvac.db"), check_same_thread=False)


@mcp.tool()
async def device_status(device_id: str) -> str:
    """Live status of a registered thermostat or rooftop unit."""
    s = await read_thermostat(device_id)
    return f"{device_id}: {s.get('mode')} supply {s.get('supply_temp')}°C return {s.get('return_temp')}°C"


@mcp.tool()
async def probe_device(device_ip: str, path: str = "status") -> str:
    """Probe a controller that is not registered yet (commissioning)."""
    return str(await read_ad_hoc(device_ip, path))


@mcp.tool()
async def read_registers(
    device_id: str,
    unit: Annotated[int, Field(ge=1, le=247)],
    start: Annotated[int, Field(ge=0, le=65535)],
    count: Annotated[int, Field(ge=1, le=125)] = 10,
) -> str:
    """Read Modbus holding registers of a registered device."""
    if device_id not in DEVICES:
        raise ValueError("unknown device")
    return await modbus_registers(device_id, unit, start, count)


@mcp.tool()
async def test_alarm_rule(device_id: str, rule: str) -> str:
    """Evaluate an alarm rule such as `r['supply_temp'] > 18` against a device's live readings."""
    readings = await read_thermostat(device_id)
    return "ALARM" if evaluate_alarm_rule(rule, readings) else "ok"


@mcp.tool()
def set_schedule(device_id: str, setpoints: str) -> str:
    """Store a setpoint schedule given as a Python dict literal, e.g. {'06:00': 21, '22:00': 17}."""
    sched = parse_setpoints(setpoints)
    db.execute("REPLACE INTO schedules (device_id, body) VALUES (?, ?)", (device_id, repr(sched)))
    db.commit()
    return f"{len(sched)} setpoints stored"


@mcp.tool()
def load_trend(snapshot: str, fmt: str = "pickle") -> str:
    """Load a trend-log snapshot exported from the BMS (pickle or json)."""
    points = restore_trend_snapshot(snapshot) if fmt == "pickle" else restore_trend_json(snapshot)
    return f"{len(points)} points"


@mcp.tool()
async def create_work_order(site: str, summary: str, priority: int = 3) -> str:
    """Create a work order in ServiceTitan."""
    async with httpx.AsyncClient(base_url="https://api.servicetitan.io", timeout=15) as client:
        tok = await client.post("/connect/token", data={"grant_type": "client_credentials", "client_id": SERVICETITAN_CLIENT_ID, "client_secret": SERVICETITAN_CLIENT_SECRET})
        r = await client.post("/jpm/v2/jobs", json={"site": site, "summary": summary, "priority": priority}, headers={"Authorization": f"Bearer {tok.json()['access_token']}"})
    return f"work order {r.json().get('id')}"


if __name__ == "__main__":
    mcp.run()
