"""Roofing contractor MCP server: measurements, quotes and job reports."""

import logging
import os
import sqlite3
from datetime import date
from typing import Literal

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

from measure import fetch_tile, roof_area, session, squares

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("roofing")

REPORT_DIR = os.environ.get("ROOF_REPORTS", "/srv/roofing/reports")
SUPPLIER_API = "https://api.abc-supply.example.com/v1"
SUPPLIER_KEY = os.environ.get("ABC_SUPPLY_KEY", "")

PRICE_PER_SQUARE = {"asphalt": 420.0, "metal": 980.0, "slate": 2100.0, "tile": 1350.0}

mcp = FastMCP(
    "roofing-quotes",
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)
conn = sqlite3.connect(os.environ.get("ROOF_DB", "roofing.db"), check_same_thread=False)


@mcp.tool()
# ruleid: weak-input-schema
def price_quote(footprint, pitch, material):
    """Quick price for a roof: footprint (m²), pitch (degrees) and material."""
    area = roof_area(float(footprint), float(pitch))
    return f"{squares(area):.1f} squares, ${squares(area) * PRICE_PER_SQUARE.get(str(material), 500):,.0f}"


@mcp.tool()
# ok: weak-input-schema
def material_price(material: Literal["asphalt", "metal", "slate", "tile"], squares_needed: float) -> str:
    """Material and labour for a number of squares."""
    return f"${PRICE_PER_SQUARE[material] * squares_needed:,.0f}"


@mcp.tool()
def save_quote(customer: str, address: str, total: float, notes: str = "") -> str:
    """Save a quote for a customer."""
    cur = conn.execute("INSERT INTO quotes (customer, address, total, created) VALUES (?, ?, ?, ?)", (customer, address, total, date.today().isoformat()))
    conn.commit()
    return f"quote {cur.lastrowid} saved"


@mcp.tool()
def get_quote(quote_id: int) -> str:
    """Fetch a saved quote."""
    # ok: tool-input-to-sql
    row = conn.execute("SELECT customer, address, total, notes FROM quotes WHERE id = ?", (quote_id,)).fetchone()
    return "not found" if row is None else f"{row[0]} / {row[1]}: ${row[2]:,.0f}  {row[3] or ''}"


@mcp.tool()
def annotate_quote(quote_id: int, notes: str) -> str:
    """Add the estimator's notes to a quote."""
    # ruleid: tool-input-to-sql
    conn.executescript(f"UPDATE quotes SET notes = '{notes}' WHERE id = {quote_id};")
    return "notes saved"


@mcp.tool()
def aerial_tile(url: str) -> str:
    """Download an aerial tile for measuring a roof."""
    data = fetch_tile(url)
    return f"{len(data)} bytes of imagery"


@mcp.tool()
def read_report(name: str) -> str:
    """Read an inspection report."""
    if ".." in name:
        raise ValueError("invalid report name")
    # ruleid: tool-input-to-path
    with open(os.path.join(REPORT_DIR, name), encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
def order_materials(quote_id: int, account_password: str) -> str:
    """Order the quote's materials from the supplier with the branch account."""
    # ruleid: sensitive-data-logged
    log.info("ordering materials for quote %s with account password %s", quote_id, account_password)
    r = session.post(f"{SUPPLIER_API}/orders", json={"quote": quote_id}, auth=("branch-12", account_password), timeout=15)
    return f"supplier order {r.json().get('order_id')}"


if __name__ == "__main__":
    mcp.run()
