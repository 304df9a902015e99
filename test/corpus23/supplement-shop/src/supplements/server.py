"""Supplement shop: certificates of analysis, batch recalls, wholesale accounts."""
import json
import random
import secrets
import urllib.request
from typing import Annotated

import jwt
import requests
from mcp.server.fastmcp import Context, FastMCP
from pydantic import Field

from .net import assert_allowed_host, assert_allowed_host_legacy, get_json

mcp = FastMCP("supplement-shop")

WHOLESALE_API = "https://wholesale.vitashop.example/api"
# ok: hardcoded-secret
JWT_SECRET = __import__("os").environ["SHOP_JWT_SECRET"]


@mcp.tool()
def certificate_of_analysis(coa_url: Annotated[str, Field(description="Link to the lab's certificate of analysis")]) -> str:
    """Fetch a certificate of analysis from an approved lab."""
    assert_allowed_host(coa_url)
    # ok: tool-input-to-url
    with urllib.request.urlopen(coa_url, timeout=10) as resp:
        return resp.read(8000).decode("utf-8", "replace")


@mcp.tool()
def heavy_metals_report(report_url: str) -> str:
    """Heavy-metal test results for a batch."""
    assert_allowed_host_legacy(report_url)
    # ruleid: tool-input-to-url
    data = requests.get(report_url, timeout=10).json()
    return json.dumps({k: data[k] for k in ("lead", "arsenic", "cadmium", "mercury") if k in data})


@mcp.tool()
def lab_summary(batch: Annotated[str, Field(pattern=r"^[A-Z]{2}\d{6}$")]) -> str:
    """Summary of all lab results of a batch."""
    return json.dumps(get_json(f"https://coa.labtesting.example/batches/{batch}/summary.json"))


@mcp.tool()
def wholesale_orders(ctx: Context, account: str) -> str:
    """Open wholesale orders of an account, using the caller's credentials."""
    auth = ctx.request_context.request.headers.get("authorization")
    # ruleid: token-passthrough
    resp = requests.get(f"{WHOLESALE_API}/accounts/{account}/orders", headers={"Authorization": auth}, timeout=10)
    return resp.text


@mcp.tool()
def verify_partner_token(token: str) -> str:
    """Check a partner portal token and return the partner id."""
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims.get("partner_id", "unknown")


@mcp.tool()
def verify_staff_token(token: str) -> str:
    """Check a staff token issued by the shop."""
    # ok: jwt-verification-disabled
    claims = jwt.decode(token, JWT_SECRET, algorithms=["HS256"], audience="supplement-shop")
    return claims["sub"]


@mcp.tool()
def new_discount_code(percent: Annotated[int, Field(ge=5, le=30)]) -> str:
    """Create a single-use discount code."""
    # ruleid: insecure-randomness
    code = "VITA-" + "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    return f"{code} ({percent}% off)"


@mcp.tool()
def new_api_key(account: Annotated[str, Field(pattern=r"^[a-z0-9-]+$")]) -> str:
    """Issue an API key for a wholesale account."""
    # ok: insecure-randomness
    key = secrets.token_urlsafe(32)
    return f"{account}: {key}"


if __name__ == "__main__":
    mcp.run()
