"""Headless browser snapshots: screenshots and PDFs of pages."""

import os
import sys
from pathlib import Path
from urllib.parse import urlparse

from playwright.async_api import async_playwright
from mcp.server.fastmcp import FastMCP

from shots import out_file, ALLOWED_DOMAINS

OUT_DIR = Path(os.environ.get("SNAPSHOT_DIR", "snapshots")).resolve()
# ok: hardcoded-secret
BROWSERLESS_TOKEN = os.environ.get("BROWSERLESS_TOKEN", "your-token-here")
mcp = FastMCP("web-snapshot")


def _allowed(url: str) -> bool:
    u = urlparse(url)
    return u.scheme == "https" and (u.hostname or "") in ALLOWED_DOMAINS


@mcp.tool()
async def screenshot(url: str, name: str, full_page: bool = False) -> str:
    """Screenshot any web page into the snapshot folder."""
    target = out_file(OUT_DIR, name, ".png")
    async with async_playwright() as p:
        browser = await p.chromium.launch()
        page = await browser.new_page()
        # ruleid: tool-input-to-url
        await page.goto(url, wait_until="networkidle")
        # ok: tool-input-to-path
        await page.screenshot(path=str(target), full_page=full_page)
        await browser.close()
    return f"saved {target.name}"


@mcp.tool()
async def pdf(url: str, output: str) -> str:
    """Render a documentation page to PDF."""
    if not _allowed(url):
        return "only documentation sites are allowed"
    async with async_playwright() as p:
        browser = await p.chromium.launch()
        page = await browser.new_page()
        # ok: tool-input-to-url
        await page.goto(url)
        # ruleid: tool-input-to-path
        await page.pdf(path=output, format="A4")
        await browser.close()
    return f"wrote {output}"


@mcp.tool()
async def page_title(url: str) -> str:
    """Title of a documentation page."""
    if not _allowed(url):
        return "not allowed"
    async with async_playwright() as p:
        browser = await p.chromium.launch()
        page = await browser.new_page()
        await page.goto(url)
        title = await page.title()
        await browser.close()
    # ok: stdout-in-stdio-server
    print(f"title of {url}: {title}", file=sys.stderr)
    return title


@mcp.tool()
async def run_script(url: str, script: str) -> str:
    """Open a page and evaluate a JavaScript snippet in it."""
    if not _allowed(url):
        return "not allowed"
    async with async_playwright() as p:
        browser = await p.chromium.launch()
        page = await browser.new_page()
        await page.goto(url)
        result = await page.evaluate(script)
        await browser.close()
    return str(result)[:10000]


if __name__ == "__main__":
    mcp.run()
