from typing import Annotated
from urllib.parse import urlparse, quote
import urllib.request

import httpx
import requests
from fastmcp import FastMCP
from pydantic import Field

mcp = FastMCP(name="web-tools")

ALLOWED_DOMAINS = {"docs.python.org", "developer.mozilla.org", "en.wikipedia.org"}
WEATHER_API = "https://api.weather.example.com/v1"


@mcp.tool
async def fetch_page(url: Annotated[str, Field(description="URL of the page")]) -> str:
    """Fetch a web page and return its text."""
    async with httpx.AsyncClient(follow_redirects=True, timeout=20) as client:
        response = await client.get(url)  # FLAW tool-input-to-url
        response.raise_for_status()
        return response.text[:20000]


@mcp.tool
def fetch_docs(url: str) -> str:
    """Fetch a documentation page from an allowed site."""
    host = urlparse(url).hostname
    if host not in ALLOWED_DOMAINS:
        raise ValueError(f"domain {host} not allowed")
    return requests.get(url, timeout=15).text  # SAFE tool-input-to-url


@mcp.tool
def weather(city: str, units: str = "metric") -> dict:
    """Current weather for a city."""
    r = requests.get(f"{WEATHER_API}/current", params={"q": city, "units": units}, timeout=10)  # SAFE tool-input-to-url
    return r.json()


@mcp.tool
def download(url: str) -> str:
    """Download a resource and return its size."""
    with urllib.request.urlopen(url) as resp:  # FLAW tool-input-to-url
        data = resp.read()
    return f"{len(data)} bytes"


@mcp.tool
async def check_status(urls: list[str]) -> dict[str, int]:
    """HTTP status code of several URLs."""
    results = {}
    async with httpx.AsyncClient() as client:
        for u in urls:
            r = await client.head(u)  # FLAW tool-input-to-url
            results[u] = r.status_code
    return results


@mcp.tool
def call_api(base_url: str, endpoint: str, token: str | None = None) -> str:
    """Call a JSON API."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    resp = requests.post(base_url.rstrip("/") + "/" + endpoint.lstrip("/"), headers=headers, timeout=30)  # FLAW tool-input-to-url
    return resp.text


@mcp.tool
def wiki_summary(title: str) -> str:
    """Summary of a Wikipedia article."""
    r = httpx.get(f"https://en.wikipedia.org/api/rest_v1/page/summary/{quote(title)}")  # SAFE tool-input-to-url
    return r.json().get("extract", "")


@mcp.tool
async def rss(feed: str) -> str:
    """Fetch an RSS feed."""
    async with httpx.AsyncClient(base_url=feed) as client:  # FLAW tool-input-to-url
        r = await client.get("/")
        return r.text


if __name__ == "__main__":
    mcp.run()
