import random
import string
from typing import Annotated, Literal

from fastmcp import FastMCP
from pydantic import Field

from .plugins import run_plugin, PLUGINS
from .thresholds import evaluate, evaluate_compiled
from .state import load_state, load_state_json
from .nagios_api import NagiosApi

mcp = FastMCP("nagios-checks")
api = NagiosApi()


def check(plugin: Literal["check_http", "check_disk", "check_load", "check_ping"], host: Annotated[str, Field(pattern=r"^[a-z0-9.-]{1,100}$")]) -> dict:
    """Run a Nagios plugin against a host with its standard arguments."""
    return run_plugin(plugin, host)


def threshold(metric: float, rule: str) -> bool:
    """Check a metric against a rule such as 'value > 90 or value < 5'."""
    return evaluate(rule, metric)


def threshold_range(metric: float, rule: Annotated[str, Field(pattern=r"^@?(~|-?\d+(\.\d+)?)?:?(-?\d+(\.\d+)?)?$")]) -> bool:
    """Check a metric against a Nagios range expression such as '10:20' or '@5:'."""
    return evaluate_compiled(rule, metric)


def restore_state(blob: str) -> str:
    """Restore the scheduler state from a saved blob."""
    state = load_state(blob)
    return f"restored {len(state)} services"


def restore_state_json(blob: str) -> str:
    """Restore the scheduler state from a JSON export."""
    state = load_state_json(blob)
    return f"restored {len(state)} services"


def schedule_downtime(host: Annotated[str, Field(pattern=r"^[a-z0-9.-]{1,100}$")], minutes: Annotated[int, Field(ge=5, le=1440)], comment: str) -> dict:
    """Schedule host downtime and return the confirmation code."""
    # ruleid: insecure-randomness
    code = "".join(random.choice(string.ascii_uppercase + string.digits) for _ in range(8))
    api.downtime(host, minutes, f"{comment} [{code}]")
    return {"host": host, "minutes": minutes, "confirmation": code}


TOOLS = [check, threshold, threshold_range, restore_state, restore_state_json, schedule_downtime]
for tool in TOOLS:
    mcp.add_tool(tool)

if __name__ == "__main__":
    mcp.run()
