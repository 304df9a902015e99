import ipaddress
import socket
from urllib.parse import urljoin, urlparse, quote_plus

import httpx
import requests
from bs4 import BeautifulSoup
from mcp.server.fastmcp import FastMCP

mcp = FastMCP("scraper")
session = requests.Session()
session.headers["User-Agent"] = "mcp-scraper/0.3"
SEARCH_URL = "https://html.duckduckgo.com/html/"
GITHUB = httpx.Client(base_url="https://api.github.com", headers={"Accept": "application/vnd.github+json"})


def reject_private(url: str) -> str:
    host = urlparse(url).hostname or ""
    ip = ipaddress.ip_address(socket.gethostbyname(host))
    if ip.is_private or ip.is_loopback or ip.is_link_local:
        raise ValueError("private addresses are not allowed")
    return url


@mcp.tool()
def scrape(url: str, selector: str = "body") -> str:
    """Scrape the text of elements matching a CSS selector."""
    html = session.get(url, timeout=15).text  # FLAW tool-input-to-url
    soup = BeautifulSoup(html, "html.parser")
    return "\n".join(el.get_text(" ", strip=True) for el in soup.select(selector))


@mcp.tool()
def scrape_public(url: str) -> str:
    """Scrape a public page."""
    safe = reject_private(url)
    return session.get(safe, timeout=15, allow_redirects=False).text  # SAFE tool-input-to-url


@mcp.tool()
def links(url: str) -> list[str]:
    """All links on a page, resolved."""
    resp = requests.request("GET", url)  # FLAW tool-input-to-url
    soup = BeautifulSoup(resp.text, "html.parser")
    return [urljoin(url, a["href"]) for a in soup.find_all("a", href=True)]


@mcp.tool()
def search(query: str) -> str:
    """Web search."""
    resp = session.post(SEARCH_URL, data={"q": query})  # SAFE tool-input-to-url
    return BeautifulSoup(resp.text, "html.parser").get_text()[:5000]


@mcp.tool()
def search_get(query: str) -> str:
    """Web search via query string."""
    resp = requests.get("https://html.duckduckgo.com/html/?q=" + quote_plus(query))  # SAFE tool-input-to-url
    return resp.text[:5000]


@mcp.tool()
def github_issues(repo: str, state: str = "open") -> list[dict]:
    """Issues of a GitHub repository."""
    r = GITHUB.get(f"/repos/{repo}/issues", params={"state": state})  # SAFE tool-input-to-url
    return [{"number": i["number"], "title": i["title"]} for i in r.json()]


@mcp.tool()
def fetch_with_proxy(url: str) -> str:
    """Fetch a URL through the corporate proxy."""
    with httpx.Client(proxy="http://proxy.corp.example.com:3128") as c:
        return c.get(url).text  # FLAW tool-input-to-url


@mcp.tool()
def sitemap(domain: str) -> str:
    """Fetch the sitemap of a domain."""
    target = "https://" + domain + "/sitemap.xml"
    return httpx.get(target, follow_redirects=True).text  # FLAW tool-input-to-url


if __name__ == "__main__":
    mcp.run()
