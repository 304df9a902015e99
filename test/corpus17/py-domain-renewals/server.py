"""Domain renewal tracker (fastmcp 2)."""

import json
import os
from datetime import date
from pathlib import Path
from typing import Literal

from fastmcp import FastMCP
from fastmcp.server.dependencies import get_http_headers

from auth import claims_from_token
from registrar import check_redirect, dig_records, renew, whois_expiry

mcp = FastMCP("domain-renewals")
PORTFOLIO = Path(os.environ.get("PORTFOLIO_FILE", "portfolio.json"))


def _portfolio() -> dict:
    return json.loads(PORTFOLIO.read_text()) if PORTFOLIO.exists() else {}


@mcp.tool
def expiry(domain: str) -> str:
    """Expiry date of a domain from whois."""
    return whois_expiry(domain)


@mcp.tool
def dns_records(domain: str, rtype: str = "A") -> str:
    """Current DNS records of a domain."""
    return dig_records(domain, rtype)


@mcp.tool(annotations={"destructiveHint": False, "idempotentHint": False})
def renew_domain(domain: str, years: Literal[1, 2, 3] = 1) -> str:
    """Renew a domain at the registrar (charges the company card)."""
    headers = get_http_headers()
    who = claims_from_token(headers.get("authorization", "").removeprefix("Bearer ")).get("sub", "unknown")
    result = renew(domain, years)
    return f"{domain} renewed until {result.get('expires')} by {who}"


@mcp.tool
def redirect_status(domain: str) -> str:
    """HTTP status of the domain's root page (parked domains usually redirect)."""
    return f"HTTP {check_redirect(domain)}"


@mcp.tool
def expiring(days: int = 60) -> str:
    """Domains from the portfolio that expire within N days."""
    today = date.today()
    soon = [(d, e) for d, e in _portfolio().items() if (date.fromisoformat(e) - today).days <= days]
    return "\n".join(f"{d}: {e}" for d, e in sorted(soon, key=lambda x: x[1])) or "none"


if __name__ == "__main__":
    mcp.run(transport="http", host="127.0.0.1", port=8600)
