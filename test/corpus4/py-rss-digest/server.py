"""RSS digest MCP server (stdio): subscribed feeds, previews, OPML, daily digest."""
import sys
from datetime import datetime, timezone

import feedparser
from defusedxml import ElementTree as SafeET
from mcp.server.fastmcp import FastMCP
from pydantic import Field, HttpUrl

from fetch import SUBSCRIBED, fetch_any, fetch_subscribed

mcp = FastMCP("rss-digest")


def _items(parsed, n: int) -> list[dict]:
    return [{"title": e.get("title"), "link": e.get("link"), "published": e.get("published")} for e in parsed.entries[:n]]


@mcp.tool()
def subscribed_feed(url: str, n: int = Field(10, ge=1, le=50)) -> list[dict]:
    """Latest items of a subscribed feed."""
    return _items(feedparser.parse(fetch_subscribed(url)), n)


@mcp.tool()
def preview(url: HttpUrl, n: int = 5) -> list[dict]:
    """Preview any feed URL."""
    # ruleid: tool-input-to-url
    parsed = feedparser.parse(str(url))
    return _items(parsed, n)


@mcp.tool()
def preview_raw(url: str) -> str:
    """Raw XML of any feed (first 20 kB)."""
    return fetch_any(url)[:20000].decode("utf-8", "replace")


@mcp.tool()
def opml_outline(opml_xml: str) -> list[str]:
    """Feed URLs listed in an OPML document."""
    # ok: unsafe-deserialization
    root = SafeET.fromstring(opml_xml)
    return [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]


@mcp.tool()
def daily_digest() -> str:
    """Headlines of today from every subscribed host's main feed."""
    lines = []
    for host in sorted(SUBSCRIBED):
        try:
            parsed = feedparser.parse(fetch_subscribed(f"https://{host}/rss"))
        except Exception as exc:
            # ok: stdout-in-stdio-server
            print(f"skipping {host}: {exc}", file=sys.stderr)
            continue
        today = datetime.now(timezone.utc).date()
        for e in parsed.entries:
            if e.get("published_parsed") and datetime(*e.published_parsed[:6]).date() == today:
                lines.append(f"[{host}] {e.title}")
    # ruleid: stdout-in-stdio-server
    print(f"digest built with {len(lines)} headlines")
    return "\n".join(lines) or "no headlines today"


if __name__ == "__main__":
    mcp.run()
