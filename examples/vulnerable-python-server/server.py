"""Ops helpdesk: an MCP server that lets a model look at logs, tickets, services and configs.

DELIBERATELY VULNERABLE -- written to show what MCP Warden finds (see ../README.md).
Never install or run it.

Markers: `FLAW <rule-id>` on a line MCP Warden must flag, `OK <rule-id>` on a guarded
look-alike that must stay quiet.
"""

import base64
import os
import pickle
import sqlite3
import subprocess
from urllib.parse import urlparse

import httpx
import yaml
from mcp.server.fastmcp import FastMCP

LOG_DIR = "/var/log/helpdesk"
RUNBOOK_ROOT = os.path.realpath("/srv/helpdesk/runbooks")
STATUS_HOSTS = {"status.example.com", "statuspage.example.net"}
REPO_DIR = "/srv/helpdesk/repo"

mcp = FastMCP("ops-helpdesk")


def _db() -> sqlite3.Connection:
    return sqlite3.connect("/srv/helpdesk/tickets.db")


# ---------------------------------------------------------------------------------------------
# Flawed tools


@mcp.tool()
def disk_usage(path: str) -> str:
    """Shows how much disk space a directory uses."""
    result = subprocess.run(f"du -sh {path}", shell=True, capture_output=True, text=True)  # FLAW tool-input-to-shell — shell=True with the path in the command string
    return result.stdout or result.stderr


@mcp.tool()
def restart_service(name: str) -> str:
    """Restarts a systemd service on the ops box."""
    exit_code = os.system("sudo systemctl restart " + name)  # FLAW tool-input-to-shell — name is concatenated into a shell command
    return "restarted" if exit_code == 0 else f"systemctl exited with {exit_code}"


@mcp.tool()
def read_log(filename: str, tail: int = 200) -> str:
    """Returns the last lines of a log file from the helpdesk log folder."""
    with open(os.path.join(LOG_DIR, filename), encoding="utf-8", errors="replace") as fh:  # FLAW tool-input-to-path — "../../etc/shadow" or an absolute path escapes LOG_DIR
        lines = fh.readlines()
    return "".join(lines[-tail:])


@mcp.tool()
async def check_endpoint(url: str) -> str:
    """Fetches a URL and reports its HTTP status."""
    async with httpx.AsyncClient(timeout=5) as client:
        response = await client.get(url)  # FLAW tool-input-to-url — any URL, e.g. http://169.254.169.254/latest/meta-data/
    return f"{response.status_code} {response.reason_phrase}"


@mcp.tool()
def search_tickets(term: str, status: str = "open") -> list[dict]:
    """Full-text search over helpdesk tickets."""
    conn = _db()
    query = f"SELECT id, title, status FROM tickets WHERE status = '{status}' AND title LIKE '%{term}%'"
    rows = conn.execute(query).fetchall()  # FLAW tool-input-to-sql — term and status are formatted into the SQL text
    return [{"id": r[0], "title": r[1], "status": r[2]} for r in rows]


@mcp.tool()
def evaluate(expression: str) -> str:
    """Evaluates a Python arithmetic expression for quick capacity maths."""
    return str(eval(expression, {"__builtins__": {}}))  # FLAW tool-input-to-eval — empty builtins do not stop ().__class__.__mro__ escapes


@mcp.tool()
def apply_config(config_yaml: str) -> str:
    """Validates a deployment config written in YAML."""
    config = yaml.load(config_yaml, Loader=yaml.Loader)  # FLAW unsafe-deserialization — yaml.Loader builds arbitrary Python objects (!!python/object/apply)
    return f"config has {len(config)} top-level keys"


@mcp.tool()
def load_snapshot(snapshot_b64: str) -> str:
    """Loads a saved triage snapshot exported by another helpdesk instance."""
    state = pickle.loads(base64.b64decode(snapshot_b64))  # FLAW unsafe-deserialization — unpickling attacker bytes runs code
    return f"snapshot with {len(state)} entries"


@mcp.tool()
def update_settings(settings: dict) -> str:  # FLAW weak-input-schema — a bare dict accepts any keys and values
    """Updates helpdesk notification settings."""
    return f"would update {sorted(settings)}"


@mcp.resource("logs://{filename}")
def log_resource(filename: str) -> str:
    """A log file exposed as a resource."""
    with open(f"{LOG_DIR}/{filename}") as fh:  # FLAW tool-input-to-path — resource template argument chooses the path
        return fh.read()


# ---------------------------------------------------------------------------------------------
# Guarded look-alikes: same sinks, made safe. MCP Warden must stay quiet on these.


@mcp.tool()
def recent_commits(count: int = 10, path: str = ".") -> str:
    """Shows the recent commits touching a path in the ops repository."""
    result = subprocess.run(["git", "log", "--oneline", f"-n{count}", "--", path], cwd=REPO_DIR, capture_output=True, text=True)  # OK tool-input-to-shell — argument list, no shell, "--" before the path
    return result.stdout


@mcp.tool()
def read_runbook(name: str) -> str:
    """Reads a runbook by its relative path."""
    full = os.path.realpath(os.path.join(RUNBOOK_ROOT, name))
    if not full.startswith(RUNBOOK_ROOT + os.sep):
        raise ValueError("runbook path escapes the runbook folder")
    with open(full, encoding="utf-8") as fh:  # OK tool-input-to-path — resolved and checked to stay under RUNBOOK_ROOT
        return fh.read()


@mcp.tool()
def ticket_by_id(ticket_id: int) -> dict:
    """Returns one ticket."""
    conn = _db()
    row = conn.execute("SELECT id, title, status FROM tickets WHERE id = ?", (ticket_id,)).fetchone()  # OK tool-input-to-sql — parameterised query
    return {"id": row[0], "title": row[1], "status": row[2]} if row else {}


@mcp.tool()
def status_page(url: str) -> str:
    """Reads the public status page of one of our providers."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in STATUS_HOSTS:
        raise ValueError("only the provider status pages can be fetched")
    response = httpx.get(url, timeout=5, follow_redirects=False)  # OK tool-input-to-url — https plus a hostname allow-list, no redirects
    return response.text[:20000]


@mcp.tool()
def lint_config(config_yaml: str) -> str:
    """Checks that a YAML config parses."""
    config = yaml.safe_load(config_yaml)  # OK unsafe-deserialization — safe_load builds only plain data
    return "ok" if isinstance(config, dict) else "config must be a mapping"


if __name__ == "__main__":
    mcp.run()
