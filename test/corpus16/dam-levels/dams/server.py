import ast
import os
from pathlib import Path
from typing import Literal

from fastmcp import FastMCP

from .services import shell

GAUGE_DIR = Path(os.environ.get("DAM_GAUGES", "/var/lib/hydro/gauges"))
mcp = FastMCP("dam-levels")


@mcp.resource("dam://{dam_id}/gauge")
def gauge_csv(dam_id: str) -> str:
    """Raw reservoir level series for a dam."""
    # ruleid: tool-input-to-path
    return Path(GAUGE_DIR, f"{dam_id}.csv").read_text()


@mcp.tool
def spillway_report(dam: str, period: str = "24h") -> str:
    """Spillway discharge report for a dam."""
    return shell.run_report(dam, period)


@mcp.tool
async def telemetry(dam: str, channel: Literal["level", "inflow", "outflow", "seepage"] = "level") -> str:
    """Dump a telemetry channel for a dam."""
    return await shell.telemetry_dump(dam, channel)


@mcp.tool
async def gates(dam: str) -> str:
    """Current radial gate openings."""
    return await shell.gate_positions(dam)


@mcp.tool
def plan_gate_schedule(schedule: str) -> str:
    """Check a gate schedule given as a Python-style list of [hour, opening_pct] pairs."""
    # ok: tool-input-to-eval
    steps = ast.literal_eval(schedule)
    bad = [s for s in steps if not 0 <= s[1] <= 100]
    return "schedule ok" if not bad else f"openings out of range: {bad}"


@mcp.prompt()
def release_plan(dam: str, target_level_m: float) -> str:
    """Draft a controlled release plan."""
    return f"Using dam://{dam}/gauge and the spillway report, plan a release to reach {target_level_m} m over 48 hours."


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host=os.environ.get("DAM_HOST", "127.0.0.1"), port=8765)
