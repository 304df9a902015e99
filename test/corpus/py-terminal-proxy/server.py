import os
import shlex
import subprocess
from urllib.parse import urljoin

import httpx
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("terminal-proxy")
API_BASE = "https://api.internal-docs.example.com/"
UPLOADS = os.path.realpath(os.environ.get("UPLOADS", "./uploads"))
SAFE_COMMANDS = {"ls", "df", "du", "uptime", "whoami"}


@mcp.tool()
def run(command: str, timeout: int = 30) -> str:
    """Run a program (no shell) given as a command line."""
    argv = shlex.split(command)
    proc = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)  # FLAW tool-input-to-shell
    return proc.stdout + proc.stderr


@mcp.tool()
def run_simple(command: str) -> str:
    """Run a simple command line."""
    return subprocess.check_output(command.split(), text=True)  # FLAW tool-input-to-shell


@mcp.tool()
def run_allowed(command: str) -> str:
    """Run one of a few read-only programs."""
    argv = shlex.split(command)
    if not argv or argv[0] not in SAFE_COMMANDS:
        raise ValueError(f"allowed programs: {sorted(SAFE_COMMANDS)}")
    return subprocess.run(argv, capture_output=True, text=True).stdout  # SAFE tool-input-to-shell


@mcp.tool()
def docs_get(path: str) -> str:
    """GET a page of the internal docs API."""
    return httpx.get(urljoin(API_BASE, path)).text  # FLAW tool-input-to-url


@mcp.tool()
def docs_get_prefixed(url: str) -> str:
    """GET a full URL of the internal docs API."""
    if not url.startswith(API_BASE):
        raise ValueError("only the docs API")
    return httpx.get(url).text  # SAFE tool-input-to-url


@mcp.tool()
def docs_get_loose(url: str) -> str:
    """GET a docs URL."""
    if not url.startswith("https://api.internal-docs.example.com"):
        raise ValueError("only the docs API")
    return httpx.get(url).text  # FLAW tool-input-to-url


@mcp.tool()
def read_upload(filename: str) -> str:
    """Read an uploaded file by name."""
    with open(os.path.join(UPLOADS, os.path.basename(filename))) as f:  # SAFE tool-input-to-path
        return f.read()


@mcp.tool()
def read_upload_expanded(filename: str) -> str:
    """Read an uploaded file (supports ~)."""
    full = os.path.join(UPLOADS, os.path.expanduser(filename))
    with open(full) as f:  # FLAW tool-input-to-path
        return f.read()


@mcp.tool()
def remove_upload(filename: str) -> str:
    """Delete an uploaded file."""
    target = os.path.realpath(os.path.join(UPLOADS, filename))
    if not target.startswith(UPLOADS):
        raise ValueError("outside uploads")
    os.remove(target)  # FLAW tool-input-to-path
    return "removed"


if __name__ == "__main__":
    mcp.run()
