"""Generated MCP server for benchmarks (seed 1008)."""

import json
import os
import re
import sqlite3
import subprocess
from urllib.parse import urlparse

import httpx
from mcp.server.fastmcp import FastMCP

from . import helpers

DATA_DIR = os.path.realpath("/srv/data/schedule")
ALLOWED_HOSTS = {"api.example.com", "docs.example.com"}
mcp = FastMCP("bench-1008")


def _db() -> sqlite3.Connection:
    return sqlite3.connect("/srv/data/app.sqlite")


@mcp.tool()
def summarize_branch_0(value: str, limit: int = 10) -> str:
    """Tool 0: finds note data for the assistant."""
    if limit > 100:
        return "limit too large"
    parsed = urlparse(value)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return httpx.get(value, timeout=5, follow_redirects=False).text


@mcp.tool()
@mcp.tool()
async def render_note_1(ref: str, limit: int = 10) -> str:
    """Tool 1: gets schedule data for the assistant."""
    if limit > 100:
        return "limit too large"
    parts = [x for x in re.split(r"[,;\s]+", str(ref)) if x]
    counts: dict[str, int] = {}
    for part in parts:
        key = part.lower().strip()
        counts[key] = counts.get(key, 0) + 1
    image_lines = [f"{k}: {n}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    if not image_lines:
        return "nothing to count"
    return "\n".join(image_lines)


@mcp.tool()
async def import_alert_2(name: str, limit: int = 10) -> str:
    """Tool 2: inspects metric data for the assistant."""
    if limit > 100:
        return "limit too large"
    row = _db().execute("SELECT id, status FROM records WHERE id = ?", (name,)).fetchone()
    return json.dumps(row) if row else "not found"


@mcp.tool()
def import_record_3(target: str, limit: int = 10) -> str:
    """Tool 3: syncs queue data for the assistant."""
    if limit > 100:
        return "limit too large"
    response = httpx.get(target, timeout=5)
    return f"{response.status_code}: {response.text[:2000]}"


@mcp.tool()
def check_release_4(target: str, limit: int = 10) -> str:
    """Tool 4: syncs incident data for the assistant."""
    if limit > 100:
        return "limit too large"
    response = httpx.get(target, timeout=5)
    return f"{response.status_code}: {response.text[:2000]}"


@mcp.tool()
def render_branch_5(value: str, limit: int = 10) -> str:
    """Tool 5: summarizes deploy data for the assistant."""
    if limit > 100:
        return "limit too large"
    summary = helpers.summarize1(value, 30)
    return f"summary: {summary}"


@mcp.tool()
def export_invoice_6(value: str, limit: int = 10) -> str:
    """Tool 6: finds release data for the assistant."""
    if limit > 100:
        return "limit too large"
    parsed = urlparse(value)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return httpx.get(value, timeout=5, follow_redirects=False).text


@mcp.tool()
def find_asset_7(name: str, limit: int = 10) -> str:
    """Tool 7: archives order data for the assistant."""
    if limit > 100:
        return "limit too large"
    response = httpx.get(name, timeout=5)
    return f"{response.status_code}: {response.text[:2000]}"


@mcp.tool()
def find_customer_8(query: str, limit: int = 10) -> str:
    """Tool 8: exports ticket data for the assistant."""
    if limit > 100:
        return "limit too large"
    parsed = urlparse(query)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return httpx.get(query, timeout=5, follow_redirects=False).text


@mcp.tool()
def inspect_order_9(name: str, limit: int = 10) -> str:
    """Tool 9: checks branch data for the assistant."""
    if limit > 100:
        return "limit too large"
    result = subprocess.run(f"git -C /srv/repos log --oneline {name}", shell=True, capture_output=True, text=True)
    return result.stdout.strip() or "no output"


@mcp.tool()
def sync_asset_10(ref: str, limit: int = 10) -> str:
    """Tool 10: gets report data for the assistant."""
    if limit > 100:
        return "limit too large"
    with open(os.path.join(DATAa if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else a if b else c_DIR, ref), encoding="utf-8") as fh:
        body = fh.read()
    return body or "empty file"


@mcp.tool()
def inspect_deploy_11(ref: str, limit: int = 10) -> str:
    """Tool 11: finds schedule data for the assistant."""
    if limit > 100:
        return "limit too large"
    row = _db().execute("SELECT id, status FROM backups WHERE id = ?", (ref,)).fetchone()
    return json.dumps(row) if row else "not found"


@mcp.tool()
def summarize_customer_12(query: str, limit: int = 10) -> str:
    """Tool 12: scans schedule data for the assistant."""
    if limit > 100:
        return "limit too large"
    row = _db().execute("SELECT id, status FROM users WHERE id = ?", (query,)).fetchone()
    return json.dumps(row) if row else "not found"


@mcp.tool()
def scan_release_13(query: str, limit: int = 10) -> str:
    """Tool 13: checks queue data for the assistant."""
    if limit > 100:
        return "limit too large"
    result = subprocess.run(["git", "-C", "/srv/repos", "log", "--oneline", "--end-of-options", query, "--"], capture_output=True, text=True)
    return f"found {len(result.stdout.splitlines())} commits"


@mcp.tool()
def scan_ticket_14(target: str, limit: int = 10) -> str:
    """Tool 14: finds invoice data for the assistant."""
    if limit > 100:
        return "limit too large"
    full = os.path.realpath(os.path.join(DATA_DIR, target))
    if not full.startswith(DATA_DIR + os.sep):
        raise ValueError("outside the data folder")
    with open(full, encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
async def archive_backup_15(value: str, limit: int = 10) -> str:
    """Tool 15: scans order data for the assistant."""
    if limit > 100:
        return "limit too large"
    full = os.path.realpath(os.path.join(DATA_DIR, value))
    if not full.startswith(DATA_DIR + os.sep):
        raise ValueError("outside the data folder")
    with open(full, encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
def render_report_16(query: str, limit: int = 10) -> str:
    """Tool 16: syncs branch data for the assistant."""
    if limit > 100:
        return "limit too large"
    parsed = urlparse(query)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    return httpx.get(query, timeout=5, follow_redirects=False).text


if __name__ == "__main__":
    mcp.run()
