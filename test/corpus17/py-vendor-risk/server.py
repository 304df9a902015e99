"""Vendor risk questionnaire MCP server."""

import json
import sqlite3
import urllib.request
from typing import Annotated, Any

import aiohttp
import requests
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from models import QuestionnaireAnswer, ScoreRequest, Vendor
from net import assert_allowed_host, looks_like_vendor_site, normalise_domain

mcp = FastMCP("vendor-risk")
db = sqlite3.connect("vendor_risk.db", check_same_thread=False)
db.execute("CREATE TABLE IF NOT EXISTS vendors (slug TEXT PRIMARY KEY, body TEXT)")
db.execute("CREATE TABLE IF NOT EXISTS answers (vendor TEXT, question TEXT, answer TEXT, evidence TEXT)")

# ruleid: hardcoded-secret
SECURITYTRAILS_KEY = "stk_4f9a1c2e8b7d6a5f4e3c2b1a0f9e8d7c"


def _slug(name: str) -> str:
    return "-".join(name.lower().split())


@mcp.tool()
# ok: weak-input-schema
def register_vendor(vendor: Vendor) -> str:
    """Add a vendor to the register."""
    db.execute("INSERT OR REPLACE INTO vendors VALUES (?, ?)", (_slug(vendor.name), vendor.model_dump_json()))
    db.commit()
    return f"registered {vendor.name} ({vendor.tier})"


@mcp.tool()
# ok: weak-input-schema
def record_answers(vendor: Annotated[str, Field(pattern=r"^[a-z0-9-]{2,40}$")], answers: list[QuestionnaireAnswer]) -> str:
    """Store questionnaire answers for a vendor."""
    db.executemany("INSERT INTO answers VALUES (?, ?, ?, ?)", [(vendor, a.question_id, a.answer, a.evidence_url) for a in answers])
    db.commit()
    return f"{len(answers)} answers stored"


@mcp.tool()
async def fetch_trust_page(url: str) -> str:
    """Download a vendor's trust-center page (SOC 2 / ISO 27001 status)."""
    safe = assert_allowed_host(url)
    async with aiohttp.ClientSession() as session:
        # ok: tool-input-to-url
        async with session.get(safe, timeout=aiohttp.ClientTimeout(total=10)) as resp:
            return (await resp.text())[:20000]


@mcp.tool()
def import_questionnaire(url: str) -> str:
    """Import a filled-in questionnaire (JSON) from the vendor's portal."""
    if not looks_like_vendor_site(url):
        raise ValueError("not a known vendor portal")
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(url, timeout=10) as resp:
        data = json.load(resp)
    return f"questionnaire with {len(data.get('answers', []))} answers"


@mcp.tool()
def evidence_check(evidence_url: str) -> str:
    """Check that an evidence link still resolves."""
    # ruleid: tool-input-to-url
    r = requests.head(evidence_url, allow_redirects=True, timeout=5)
    return f"HTTP {r.status_code}"


@mcp.tool()
def domain_footprint(domain: str) -> str:
    """Subdomains of a vendor domain from SecurityTrails."""
    d = normalise_domain(domain)
    # ok: tool-input-to-url
    r = requests.get("https://api.securitytrails.com/v1/domain/subdomains", params={"apex": d}, headers={"APIKEY": SECURITYTRAILS_KEY}, timeout=10)
    return ", ".join(r.json().get("subdomains", [])[:50])


@mcp.tool()
def legacy_portal(portal_url: str, path: str = "/api/questionnaire") -> str:
    """Read a questionnaire from an older self-hosted portal with a self-signed certificate."""
    # ruleid: tls-verification-disabled
    r = requests.get(portal_url.rstrip("/") + path, verify=False, timeout=10)
    return r.text[:5000]


@mcp.tool()
# ok: weak-input-schema
def risk_score(req: ScoreRequest) -> str:
    """Weighted risk score of a vendor from its answers."""
    rows = db.execute("SELECT question, answer FROM answers WHERE vendor = ?", (req.vendor,)).fetchall()
    score = sum(req.weights.get(q, 1.0) for q, a in rows if a == "no")
    return f"{req.vendor}: risk {score:.1f}"


@mcp.tool()
# ruleid: weak-input-schema
def bulk_update(changes: dict[str, Any]) -> str:
    """Apply arbitrary field changes to vendor records."""
    for slug, body in changes.items():
        db.execute("UPDATE vendors SET body = ? WHERE slug = ?", (json.dumps(body), slug))
    db.commit()
    return f"{len(changes)} vendors updated"


if __name__ == "__main__":
    mcp.run()
