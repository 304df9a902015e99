"""Sleep tracker MCP server (phone app exports + a bedside sensor), served over HTTP on the home LAN."""
import os
from datetime import date

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

from analysis import weekly_trend, restore_backup, cached_baseline
from store import night_row, nights_between

mcp = FastMCP(
    "sleep-journal",
    # ruleid: bind-all-interfaces
    host=os.environ.get("SLEEP_HOST", "0.0.0.0"),
    port=8765,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


@mcp.resource("sleep://night/{night_date}")
def night(night_date: str) -> str:
    """One night's stages, HRV and sleep score."""
    return night_row(night_date)


@mcp.tool()
def trend(start: date, end: date) -> dict:
    """Average sleep duration, efficiency and HRV per week between two dates."""
    return weekly_trend(nights_between(start.isoformat(), end.isoformat()))


@mcp.tool()
def baseline() -> dict:
    """The personal baseline computed nightly by the sensor daemon."""
    return cached_baseline()


@mcp.tool()
def restore_from_backup(backup_file: str) -> str:
    """Restore nights from a SleepCycle-style backup file on the NAS."""
    return restore_backup(backup_file)


@mcp.prompt()
def bedtime_review(goal_hours: float = 8.0) -> str:
    """Ask the model to review last week's sleep against a goal."""
    return f"Read sleep://night/ resources for the last 7 nights and compare them to a goal of {goal_hours} hours. Suggest one change."


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
