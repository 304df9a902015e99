"""Kombucha brewery batch tracker (fastmcp 2)."""
from __future__ import annotations

import ast
import ipaddress
import socket
import sqlite3
from datetime import datetime, timezone
from typing import Annotated
from urllib.parse import urlparse

import httpx
from fastmcp import FastMCP
from pydantic import Field

mcp = FastMCP("kombucha-brewery")

db = sqlite3.connect("batches.db", check_same_thread=False)
# ok: tls-verification-disabled
client = httpx.AsyncClient(timeout=10)

SUPPLIER_HOSTS = {"tea.supplier.example", "scoby-labs.example"}


def abv(og: float, fg: float) -> float:
    return round((og - fg) * 131.25, 2)


def _check_public_host(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in SUPPLIER_HOSTS:
        raise ValueError("supplier host not allowed")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local:
            raise ValueError("supplier resolves to a private address")
    return url


@mcp.tool
async def new_batch(tea: str, sugar_g: int, volume_l: float) -> str:
    """Start a primary fermentation batch."""
    cur = db.execute(
        "INSERT INTO batches (tea, sugar_g, volume_l, started) VALUES (?, ?, ?, ?)",
        (tea, sugar_g, volume_l, datetime.now(timezone.utc).isoformat()),
    )
    db.commit()
    return f"batch {cur.lastrowid} started"


@mcp.tool
async def estimate_abv(original_gravity: float, final_gravity: float) -> str:
    """Estimated alcohol by volume from two hydrometer readings."""
    # ok: tool-input-to-eval
    value = eval("abv(og, fg)", {"__builtins__": {}}, {"abv": abv, "og": float(original_gravity), "fg": float(final_gravity)})
    return f"{value} % ABV"


@mcp.tool
async def flavour_ratio(expression: str) -> str:
    """Compute a flavouring ratio like '250/4 * 1.1' (grams of fruit per litre)."""
    # ruleid: tool-input-to-eval
    result = eval(expression)
    return f"{result:.1f} g/L"


@mcp.tool
async def parse_ph_log(log_literal: str) -> str:
    """Parse a pH log pasted as a Python list of (day, ph) tuples."""
    # ok: tool-input-to-eval
    entries = ast.literal_eval(log_literal)
    drops = [b[1] - a[1] for a, b in zip(entries, entries[1:])]
    return f"{len(entries)} readings, mean daily change {sum(drops) / max(len(drops), 1):.2f}"


@mcp.tool
async def supplier_price_list(
    url: Annotated[str, Field(description="Price list URL on a registered supplier site")],
) -> str:
    """Fetch a tea supplier's price list."""
    checked = _check_public_host(url)
    # ok: tool-input-to-url
    resp = await client.get(checked)
    resp.raise_for_status()
    return resp.text[:4000]


@mcp.tool
async def lab_report(report_url: str) -> str:
    """Download a lab report (yeast counts, acidity) from the lab's link."""
    host = urlparse(report_url).hostname or ""
    if not host.endswith("lab.example"):
        raise ValueError("unknown lab")
    # ruleid: tool-input-to-url
    resp = await client.get(report_url)
    return resp.text[:4000]


@mcp.tool
async def bottling_plan(batch_id: int, bottle_ml: Annotated[int, Field(ge=250, le=1000)] = 330) -> str:
    """How many bottles a batch fills."""
    row = db.execute("SELECT volume_l FROM batches WHERE id = ?", (batch_id,)).fetchone()
    if row is None:
        return "no such batch"
    return f"{int(row[0] * 1000 // bottle_ml)} bottles"


if __name__ == "__main__":
    mcp.run()
