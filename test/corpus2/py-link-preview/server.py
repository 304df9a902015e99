"""Link preview + page fetch tools."""

import re

import httpx
import requests
from bs4 import BeautifulSoup
from mcp.server.fastmcp import FastMCP, Context

from netguard import ensure_public_https

mcp = FastMCP("link-preview")

UA = {"User-Agent": "link-preview-mcp/1.0"}
# ruleid: hardcoded-secret
OPENGRAPH_API_KEY = "og_live_7f3c9a1e5b2d8f4a6c0e9b3d7a1f5c2e"


@mcp.tool()
async def preview(url: str, ctx: Context) -> dict:
    """Return title, description and image for a URL."""
    checked = ensure_public_https(url)
    await ctx.info(f"previewing {checked}")
    async with httpx.AsyncClient(follow_redirects=False, timeout=10, headers=UA) as client:
        # ok: tool-input-to-url
        resp = await client.get(checked)
    soup = BeautifulSoup(resp.text, "html.parser")
    og = {m.get("property"): m.get("content") for m in soup.find_all("meta") if m.get("property", "").startswith("og:")}
    return {"title": og.get("og:title") or (soup.title.string if soup.title else None), "description": og.get("og:description"), "image": og.get("og:image")}


@mcp.tool()
async def fetch_text(url: str, max_chars: int = 20000) -> str:
    """Fetch a page and return its visible text."""
    async with httpx.AsyncClient(timeout=15, headers=UA) as client:
        # ruleid: tool-input-to-url
        resp = await client.get(url)
    text = BeautifulSoup(resp.text, "html.parser").get_text(" ", strip=True)
    return text[:max_chars]


@mcp.tool()
def fetch_intranet(path: str) -> str:
    """Fetch a page from the intranet wiki (self-signed certificate)."""
    base = "https://wiki.corp.internal"
    # ruleid: tls-verification-disabled
    resp = requests.get(f"{base}/{path.lstrip('/')}", headers=UA, timeout=10, verify=False)
    return resp.text[:20000]


@mcp.tool()
def partner_status(service: str) -> str:
    """Status of a partner integration (partner API uses a private CA)."""
    if service not in {"payments", "shipping", "tax"}:
        return "unknown service"
    # ok: tls-verification-disabled
    resp = requests.get(f"https://partners.example.com/{service}/status", timeout=10, verify="/etc/ssl/certs/partner-ca.pem")
    return resp.json().get("status", "unknown")


@mcp.tool()
def head(url: str) -> dict:
    """HEAD request; returns status and headers."""
    target = url if re.match(r"^https?://", url) else "https://" + url
    # ruleid: tool-input-to-url
    r = requests.head(target, allow_redirects=True, timeout=5)
    return {"status": r.status_code, "headers": dict(r.headers)}


@mcp.tool()
def extract_links(url: str) -> list[str]:
    """List absolute links on a public page."""
    safe_url = ensure_public_https(url)
    # ok: tool-input-to-url
    html = requests.get(safe_url, headers=UA, timeout=10, allow_redirects=False).text
    return sorted({a["href"] for a in BeautifulSoup(html, "html.parser").find_all("a", href=True) if a["href"].startswith("http")})


if __name__ == "__main__":
    mcp.run()
