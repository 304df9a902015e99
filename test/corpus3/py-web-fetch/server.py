"""web-fetch: fetch pages and APIs for the assistant."""
from __future__ import annotations

import sys
import urllib.request
from urllib.parse import quote

import certifi
import httpx
import requests
from bs4 import BeautifulSoup
from mcp.server.fastmcp import FastMCP

from netguard import BlockedURL, checked_url

mcp = FastMCP("web-fetch")

UA = {"User-Agent": "web-fetch-mcp/0.3 (+https://example.org/bot)"}

legacy = requests.Session()
legacy.headers.update(UA)
# ruleid: tls-verification-disabled
legacy.verify = False


def _text(html: str, limit: int = 20000) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    return " ".join(soup.get_text(" ").split())[:limit]


@mcp.tool()
def fetch_page(url: str) -> str:
    """Fetch a web page and return its readable text."""
    # ruleid: tool-input-to-url
    resp = httpx.get(url, headers=UA, follow_redirects=True, timeout=15)
    return _text(resp.text)


@mcp.tool()
def fetch_allowed(url: str) -> str:
    """Fetch a page from one of the configured sites."""
    try:
        target = checked_url(url)
    except BlockedURL as exc:
        return f"refused: {exc}"
    # ok: tool-input-to-url
    resp = httpx.get(target, headers=UA, follow_redirects=False, timeout=15, verify=certifi.where())
    return _text(resp.text)


@mcp.tool()
def fetch_raw(url: str, max_bytes: int = 65536) -> str:
    """Download the first bytes of any URL (for JSON or text APIs)."""
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read(max_bytes).decode("utf-8", "replace")


@mcp.tool()
def legacy_fetch(url: str) -> str:
    """Fetch through the legacy proxy session (intranet pages)."""
    # ruleid: tool-input-to-url
    return _text(legacy.get(url, timeout=20).text)


@mcp.tool()
async def service_status(host: str) -> dict:
    """Query the /status endpoint of one of our services."""
    async with httpx.AsyncClient(timeout=5) as client:
        # ruleid: tool-input-to-url
        r = await client.get(f"https://{host}/status")
        return r.json()


@mcp.tool()
def wikipedia_summary(title: str, lang: str = "en") -> str:
    """Summary paragraph of a Wikipedia article."""
    if lang not in {"en", "de", "fr", "es", "it", "nl"}:
        return "unsupported language"
    # ok: tool-input-to-url
    r = requests.get(f"https://{lang}.wikipedia.org/api/rest_v1/page/summary/{quote(title, safe='')}", headers=UA, timeout=10)
    return r.json().get("extract", "")


@mcp.tool()
def pypi_search(package: str) -> dict:
    """Latest version and summary of a PyPI package."""
    # ok: tool-input-to-url
    r = requests.get("https://pypi.org/pypi/" + quote(package, safe="") + "/json", timeout=10)
    info = r.json()["info"]
    return {"name": info["name"], "version": info["version"], "summary": info["summary"]}


@mcp.tool()
def hn_search(query: str, hits: int = 10) -> list[dict]:
    """Search Hacker News stories via the Algolia API."""
    # ok: tool-input-to-url
    r = httpx.get("https://hn.algolia.com/api/v1/search", params={"query": query, "hitsPerPage": hits}, timeout=10)
    return [{"title": h["title"], "url": h.get("url")} for h in r.json()["hits"]]


if __name__ == "__main__":
    print("web-fetch MCP server starting (stdio)", file=sys.stderr)
    mcp.run()
