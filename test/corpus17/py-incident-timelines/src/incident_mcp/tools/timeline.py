import json
import subprocess
from datetime import datetime, timezone

from ..app import DATA_DIR, incident_dir, log_calls, mcp


def _append(incident_id: str, entry: dict) -> None:
    path = incident_dir(incident_id) / "timeline.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    # ruleid: tool-input-to-path
    with path.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry) + "\n")


@mcp.tool()
@log_calls
async def add_event(incident_id: str, text: str, kind: str = "note") -> str:
    """Append an event to an incident's timeline."""
    _append(incident_id, {"at": datetime.now(timezone.utc).isoformat(), "kind": kind, "text": text})
    return "added"


@mcp.tool()
@log_calls
async def read_timeline(incident_id: str) -> str:
    """Read the timeline of an incident, oldest first."""
    base = (DATA_DIR / incident_id).resolve()
    if not base.is_relative_to(DATA_DIR):
        raise ValueError("unknown incident")
    # ok: tool-input-to-path
    lines = (base / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    events = [json.loads(line) for line in lines]
    return "\n".join(f"{e['at']} [{e['kind']}] {e['text']}" for e in events)


@mcp.tool()
@log_calls
async def pull_deploy_log(service: str, since: str = "2 hours ago") -> str:
    """Add recent deploys of a service (from git history of the deploy repo) to the context."""
    # ruleid: tool-input-to-shell
    out = subprocess.run(f"git -C /srv/deploys log --since='{since}' --oneline -- {service}", shell=True, capture_output=True, text=True)
    return out.stdout or "no deploys"


@mcp.tool()
@log_calls
async def pull_journal(unit: str, lines: int = 200) -> str:
    """Recent journal lines of a systemd unit on this host."""
    # ok: tool-input-to-shell
    out = subprocess.run(["journalctl", "-u", unit, "-n", str(lines), "--no-pager"], capture_output=True, text=True, timeout=20)
    return out.stdout[-20000:]
