"""SSH fleet MCP server (stdio): health checks, package updates and maintenance windows."""
import logging
import random
import secrets
import sys
import time
from typing import Literal

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import BaseModel, Field

from fleet import hosts, run_remote, run_remote_line

logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("ssh-fleet")
mcp = FastMCP("ssh-fleet")
pending: dict[str, tuple[str, float]] = {}


class Window(BaseModel):
    host: str = Field(pattern=r"^[a-z0-9-]{1,40}$")
    minutes: int = Field(ge=5, le=240)
    reason: str = Field(max_length=200)


def _host(name: str):
    try:
        return hosts()[name]
    except KeyError:
        raise ValueError(f"unknown host {name}") from None


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, openWorldHint=True))
def health(host: str) -> str:
    """Load, memory and disk of a host."""
    return run_remote(_host(host), ["sh", "-c", "uptime; free -m; df -h /"])


@mcp.tool()
def service_logs(host: str, unit: str, lines: int = Field(100, le=2000)) -> str:
    """Journal lines of a systemd unit."""
    return run_remote(_host(host), ["journalctl", "-u", unit, "-n", str(lines), "--no-pager"])


@mcp.tool()
def run_command(host: str, command: str) -> str:
    """Run an arbitrary shell command line on a host (operators only)."""
    log.info("run_command on %s: %s", host, command)
    return run_remote_line(_host(host), command)


@mcp.tool()
def request_updates(host: str, manager: Literal["apt", "dnf"] = "apt") -> str:
    """Prepare a package upgrade; returns a confirmation code for apply_updates."""
    # ruleid: insecure-randomness
    code = str(random.randint(100000, 999999))
    pending[code] = (host, time.time())
    return f"confirm with apply_updates(code={code})"


@mcp.tool()
def request_reboot(host: str) -> str:
    """Prepare a reboot; returns a confirmation code for confirm_reboot."""
    # ok: insecure-randomness
    code = f"{secrets.randbelow(10**6):06d}"
    pending[code] = (host, time.time())
    return f"confirm with confirm_reboot(code={code})"


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(destructiveHint=True))
def apply_updates(code: str) -> str:
    """Apply prepared package upgrades."""
    host, created = pending.pop(code, (None, 0.0))
    if host is None or time.time() - created > 300:
        return "invalid or expired code"
    return run_remote(_host(host), ["sudo", "apt-get", "-y", "upgrade"])


@mcp.tool()
def schedule_window(window: Window) -> str:
    """Record a maintenance window for a host."""
    log.info("maintenance window %s for %d min: %s", window.host, window.minutes, window.reason)
    return "scheduled"


@mcp.tool()
def pick_canary(group: list[str]) -> str:
    """Pick a random host of a group as the canary for a rollout."""
    # ok: insecure-randomness
    return random.choice(group)


if __name__ == "__main__":
    mcp.run()
