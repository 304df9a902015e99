import logging
import sys

from mcp.server.fastmcp import FastMCP

from .commands import SaltRunner
from .pillar import load_pillar_text, load_pillar_file, render_preview

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
mcp = FastMCP("salt-ops")
salt = SaltRunner()

ALLOWED_FUNCS = {"test.ping", "grains.items", "pkg.list_upgrades", "service.status", "disk.usage"}


@mcp.tool()
def run_function(target: str, function: str, args: list[str] | None = None) -> str:
    """Run an allowed execution-module function on matching minions."""
    if function not in ALLOWED_FUNCS:
        raise ValueError(f"function must be one of {sorted(ALLOWED_FUNCS)}")
    return salt.run(target, function, args or [])


@mcp.tool()
def apply_state(target: str, state: str, test: bool = True) -> str:
    """Apply a state (dry-run by default)."""
    return salt.apply(target, state, test)


@mcp.tool()
def cmd_run(target: str, command: str) -> str:
    """Run a shell command on minions through cmd.run (restricted to the lab glob)."""
    return salt.cmd_run(target, command)


@mcp.tool()
def validate_pillar(text: str) -> dict:
    """Parse pillar YAML and return its top-level keys."""
    data = load_pillar_text(text)
    return {"keys": sorted(data)}


@mcp.tool()
def preview_pillar(minion: str) -> str:
    """Render the stored pillar overrides of a minion."""
    return render_preview(load_pillar_file(minion))


if __name__ == "__main__":
    # ruleid: stdout-in-stdio-server
    print("salt-ops starting with", len(ALLOWED_FUNCS), "allowed functions")
    mcp.run()
