"""web-pilot: headless browser tools (fastmcp 2, SSE on localhost)."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote_plus, urlsplit

from fastmcp import FastMCP
from playwright.async_api import Browser, async_playwright

mcp = FastMCP("web-pilot")

OUT_DIR = Path("~/web-pilot").expanduser().resolve()
OUT_DIR.mkdir(parents=True, exist_ok=True)
SAFE_NAME = re.compile(r"^[\w-]{1,80}$")
READER_SITES = {"en.wikipedia.org", "arxiv.org", "docs.python.org", "www.rfc-editor.org"}

_browser: Browser | None = None


async def browser() -> Browser:
    global _browser
    if _browser is None:
        pw = await async_playwright().start()
        _browser = await pw.chromium.launch(headless=True)
    return _browser


@mcp.tool
async def open_page(url: str) -> str:
    """Open a URL and return the visible text."""
    page = await (await browser()).new_page()
    # ruleid: tool-input-to-url
    await page.goto(url, wait_until="networkidle")
    text = await page.inner_text("body")
    await page.close()
    return text[:30000]


@mcp.tool
async def site_home(domain: str) -> str:
    """Title of a site's home page."""
    page = await (await browser()).new_page()
    # ruleid: tool-input-to-url
    await page.goto(f"https://{domain}/")
    title = await page.title()
    await page.close()
    return title


@mcp.tool
async def read_article(url: str) -> str:
    """Reader view of an article on a supported reference site."""
    parts = urlsplit(url)
    if parts.scheme != "https" or parts.hostname not in READER_SITES:
        return "unsupported site"
    page = await (await browser()).new_page()
    # ok: tool-input-to-url
    await page.goto(url)
    text = await page.inner_text("main, article, body")
    await page.close()
    return text[:30000]


@mcp.tool
async def search(query: str) -> list[str]:
    """Result titles from DuckDuckGo's HTML endpoint."""
    page = await (await browser()).new_page()
    # ok: tool-input-to-url
    await page.goto("https://html.duckduckgo.com/html/?q=" + quote_plus(query))
    titles = await page.locator("a.result__a").all_inner_texts()
    await page.close()
    return titles[:20]


@mcp.tool
async def save_pdf(url: str, filename: str) -> str:
    """Print a page to PDF."""
    page = await (await browser()).new_page()
    # ruleid: tool-input-to-url
    await page.goto(url)
    target = OUT_DIR / filename
    # ruleid: tool-input-to-path
    await page.pdf(path=str(target), format="A4")
    await page.close()
    return str(target)


@mcp.tool
async def screenshot(name: str) -> str:
    """Screenshot of the last opened page, saved under a simple name."""
    if not SAFE_NAME.match(name):
        return "name must be letters, digits, - or _"
    page = await (await browser()).new_page()
    target = OUT_DIR / f"{name}.png"
    # ok: tool-input-to-path
    await page.screenshot(path=str(target), full_page=True)
    await page.close()
    return str(target)


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(
        transport="sse",
        # ok: bind-all-interfaces
        host="127.0.0.1",
        port=9333,
    )
