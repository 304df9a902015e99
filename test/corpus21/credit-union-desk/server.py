"""Back-office desk for a small credit union: member lookups, share accounts, statements."""
from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path
from typing import Annotated, Any, Literal

import httpx
from mcp.server.fastmcp import FastMCP
from pydantic import Field

mcp = FastMCP("credit-union-desk")

DB_PATH = os.environ.get("CU_DB", "/var/lib/cudesk/members.db")
STATEMENT_ROOT = Path(os.environ.get("CU_STATEMENTS", "/var/lib/cudesk/statements")).resolve()
CORE_API = os.environ.get("CU_CORE_API", "https://core.internal.example-cu.org/api/v2")
# ruleid: hardcoded-secret
CORE_API_KEY = "cu_live_7f3b9a21c0de4e55a1b2c3d4e5f60718"

client = httpx.AsyncClient(base_url=CORE_API, headers={"X-Api-Key": CORE_API_KEY}, timeout=20)


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


@mcp.tool()
async def find_member(last_name: Annotated[str, Field(max_length=80)], branch: str | None = None) -> list[dict]:
    """Find members by last name, optionally within one branch."""
    sql = "SELECT member_no, first_name, last_name, branch FROM members WHERE last_name LIKE ?"
    params: list[Any] = [f"{last_name}%"]
    if branch:
        sql += " AND branch = ?"
        params.append(branch)
    with _conn() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(sql, params).fetchall()
    return [dict(r) for r in rows]


@mcp.tool()
async def share_balances(member_no: str, order_by: str = "opened_on") -> list[dict]:
    """List the share accounts of a member."""
    with _conn() as conn:
        cur = conn.cursor()
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT account_no, product, balance FROM shares WHERE member_no = '{member_no}' ORDER BY {order_by}")
        return [dict(r) for r in cur.fetchall()]


SORTABLE = {"opened": "opened_on", "balance": "balance", "product": "product"}


@mcp.tool()
async def loan_accounts(member_no: str, sort: Literal["opened", "balance", "product"] = "opened") -> list[dict]:
    """List the loans of a member, sorted by a known column."""
    column = SORTABLE[sort]
    with _conn() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(f"SELECT loan_no, product, principal FROM loans WHERE member_no = ? ORDER BY {column}", (member_no,)).fetchall()
    return [dict(r) for r in rows]


@mcp.tool()
async def read_statement(member_no: str, period: str) -> str:
    """Return a monthly statement (text) for a member, e.g. period=2024-05."""
    target = (STATEMENT_ROOT / member_no / f"{period}.txt").resolve()
    if not target.is_relative_to(STATEMENT_ROOT):
        raise ValueError("statement path outside the statement store")
    # ok: tool-input-to-path
    return target.read_text()


@mcp.tool()
async def archive_statement(member_no: str, period: str) -> str:
    """Compress an old statement into the archive folder."""
    src = STATEMENT_ROOT / member_no / f"{period}.txt"
    # ruleid: tool-input-to-shell
    proc = subprocess.run(f"gzip -k {src} && mv {src}.gz /var/lib/cudesk/archive/", shell=True, capture_output=True, text=True)
    return proc.stdout or "archived"


@mcp.tool()
async def print_statement(member_no: str, period: str, printer: Literal["lobby", "backoffice"] = "backoffice") -> str:
    """Send a statement to one of the branch printers."""
    src = STATEMENT_ROOT / member_no / f"{period}.txt"
    # ok: tool-input-to-shell
    proc = subprocess.run(["lp", "-d", printer, "--", str(src)], capture_output=True, text=True)
    return proc.stdout.strip()


@mcp.tool()
async def core_member_profile(member_no: Annotated[str, Field(pattern=r"^[0-9]{4,10}$")]) -> dict:
    """Fetch the member profile from the core banking API."""
    # ok: tool-input-to-url
    resp = await client.get(f"/members/{member_no}")
    resp.raise_for_status()
    return resp.json()


@mcp.tool()
async def check_routing(aba_url: str) -> dict:
    """Validate a routing number by calling the bank directory link the member supplied."""
    # ruleid: tool-input-to-url
    resp = await client.get(aba_url)
    return {"status": resp.status_code, "body": resp.text[:500]}


@mcp.tool()
# ruleid: weak-input-schema
async def post_adjustment(member_no: str, adjustment: dict) -> str:
    """Post a manual ledger adjustment (teller override)."""
    with _conn() as conn:
        conn.execute(
            "INSERT INTO adjustments (member_no, amount, reason) VALUES (?, ?, ?)",
            (member_no, adjustment.get("amount"), adjustment.get("reason")),
        )
    return "posted"


@mcp.tool()
async def dividend_preview(member_no: str) -> str:
    """Preview the quarterly dividend of a member."""
    try:
        resp = await client.get(f"/dividends/preview/{member_no}")
        resp.raise_for_status()
        return resp.text
    except httpx.HTTPError as exc:
        # ruleid: error-detail-leak
        return f"core API failed: {exc!r} env={dict(os.environ)}"


if __name__ == "__main__":
    mcp.run()
