"""Invoice lookups against the billing API."""

import logging
import os
import sys
import traceback

import httpx
from mcp.server.fastmcp import FastMCP

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
log = logging.getLogger("invoice-service")

BILLING_API = os.environ.get("BILLING_API", "https://billing.internal.example.com/v1")
# ok: hardcoded-secret
BILLING_TOKEN = os.getenv("BILLING_TOKEN", "")

mcp = FastMCP("invoice-service")


def _client() -> httpx.Client:
    # ok: token-passthrough
    return httpx.Client(base_url=BILLING_API, headers={"Authorization": f"Bearer {BILLING_TOKEN}"}, timeout=10)


@mcp.tool()
def get_invoice(invoice_id: str) -> dict | str:
    """Fetch one invoice by id."""
    try:
        with _client() as c:
            r = c.get("/invoices/" + httpx.URL(invoice_id).path.strip("/"))
            r.raise_for_status()
            return r.json()
    except Exception as e:
        # ruleid: error-detail-leak
        return f"failed to fetch invoice: {str(e)}"


@mcp.tool()
def customer_balance(customer_id: int) -> dict | str:
    """Outstanding balance of a customer."""
    try:
        with _client() as c:
            r = c.get(f"/customers/{customer_id}/balance")
            r.raise_for_status()
            return r.json()
    except Exception:
        # ruleid: error-detail-leak
        return traceback.format_exc()


@mcp.tool()
def overdue(days: int = 30) -> list[dict] | str:
    """Invoices overdue by more than N days."""
    try:
        with _client() as c:
            r = c.get("/invoices", params={"status": "overdue", "min_days": days})
            r.raise_for_status()
            return r.json()["items"]
    except httpx.HTTPError:
        log.exception("overdue lookup failed")
        # ok: error-detail-leak
        return "The billing service is unavailable right now. Try again later."


@mcp.tool()
def diagnostics() -> dict:
    """Connection diagnostics for support."""
    # ruleid: error-detail-leak
    return {"api": BILLING_API, "python": sys.version.split()[0], "environment": dict(os.environ)}


@mcp.tool()
def void_invoice(invoice_id: str, reason: str) -> str:
    """Void an invoice."""
    try:
        with _client() as c:
            r = c.post(f"/invoices/{invoice_id}/void", json={"reason": reason})
            r.raise_for_status()
    except httpx.HTTPStatusError as exc:
        log.warning("void failed: %s", exc)
        # ok: error-detail-leak
        return f"Could not void invoice (HTTP {exc.response.status_code})."
    # ok: sensitive-data-logged
    log.info("voided invoice %s", invoice_id)
    return "voided"


@mcp.tool()
def export_pdf(invoice_id: str, dest: str) -> str:
    """Save the PDF of an invoice to a local path."""
    with _client() as c:
        r = c.get(f"/invoices/{invoice_id}/pdf")
    # ruleid: tool-input-to-path
    with open(dest, "wb") as fh:
        fh.write(r.content)
    return f"saved {len(r.content)} bytes"


if __name__ == "__main__":
    mcp.run()
