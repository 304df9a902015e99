import hashlib
import logging
import sys
from typing import Literal

from mcp.server.fastmcp import FastMCP

from .decorators import log_calls
from .routes import cached_grade_counts, grade_histogram, parse_route_set, parse_wall_config, restore_session

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("climbing-gym")

mcp = FastMCP("climbing-gym")

MEMBERS: dict[str, str] = {}


@mcp.tool()
@log_calls
def import_route_set(yaml_text: str) -> dict[str, int]:
    """Import a route-setting sheet and return the grade histogram."""
    return grade_histogram(parse_route_set(yaml_text))


@mcp.tool()
@log_calls
def import_wall_config(yaml_text: str) -> list[str]:
    """Validate a wall/section configuration file."""
    return sorted(parse_wall_config(yaml_text).get("walls", {}).keys())


@mcp.tool()
@log_calls
def resume_setting_session(session_blob: str) -> str:
    """Resume a setter's unfinished session from the export blob."""
    state = restore_session(session_blob)
    return f"resumed session with {len(state.get('routes', []))} routes"


@mcp.tool()
def grade_counts(wall: Literal["cave", "slab", "comp", "kids"]) -> dict:
    """Cached grade distribution of a wall."""
    return dict(cached_grade_counts().get(wall, {}))


@mcp.tool()
def member_checkin(member_id: str, pin: str) -> str:
    """Check a member in at the front desk."""
    # ruleid: sensitive-data-logged
    log.info("check-in attempt member=%s pin=%s", member_id, pin)
    digest = hashlib.sha256(pin.encode()).hexdigest()
    if MEMBERS.get(member_id) != digest:
        # ok: sensitive-data-logged
        log.warning("check-in refused for member=%s", member_id)
        return "PIN not recognised"
    return "checked in"


if __name__ == "__main__":
    mcp.run()
