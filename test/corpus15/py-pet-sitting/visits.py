import asyncio
import json
import subprocess
import urllib.request
from typing import Any

from helpers import build_gpx_argv, build_route_cmd, safe_thumbnail_cmd, thumbnail_cmd


def plan_route(addresses: list[str]) -> str:
    """Order a sitter's visits for the day (fastest driving route)."""
    cmd = build_route_cmd(addresses)
    # ruleid: tool-input-to-shell
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=60)
    return out.stdout


def export_gpx(visit_id: int, addresses: list[str]) -> str:
    """Write the day's route as a GPX file for the sitter's phone."""
    # ok: tool-input-to-shell
    subprocess.run(build_gpx_argv(visit_id, addresses), check=True, timeout=60)
    return f"/routes/{visit_id}.gpx"


async def make_thumbnail(photo: str, width: int = 400) -> str:
    """Create a thumbnail of a visit photo for the owner's update."""
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(thumbnail_cmd(photo, width))
    await proc.wait()
    return f"thumbs/{photo}"


async def make_preview(photo: str, width: int = 800) -> str:
    """Create a larger preview of a visit photo."""
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(safe_thumbnail_cmd(photo, width))
    await proc.wait()
    return f"thumbs/{photo}"


def vet_feed(feed_url: str) -> str:
    """Read vaccination reminders from a vet practice's JSON feed."""
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(feed_url, timeout=10) as resp:
        items = json.load(resp)
    return "\n".join(f"{i['pet']}: {i['vaccine']} due {i['due']}" for i in items)


# ruleid: weak-input-schema
def log_visit(visit_id: int, notes, extras: Any = None) -> str:
    """Log a visit with free-form notes and extra fields."""
    payload = {"visit": visit_id, "notes": str(notes), "extras": extras or {}}
    with open("/srv/petsit/visits.log", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(payload) + "\n")
    return "logged"
