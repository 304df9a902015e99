from typing import Annotated

import httpx
from mcp.server.fastmcp import Context
from pydantic import Field

from ..app import client, mcp
from ..helpers import html_to_text


@mcp.tool()
# ok: weak-input-schema
async def get_page(page_id: Annotated[str, Field(pattern=r"^\d{1,20}$", description="Numeric page id")], ctx: Context) -> str:
    """Return the body of a Confluence page as plain text."""
    await ctx.info(f"fetching page {page_id}")
    async with client() as c:
        # ok: tool-input-to-url
        r = await c.get(f"/wiki/api/v2/pages/{page_id}", params={"body-format": "storage"})
        r.raise_for_status()
        data = r.json()
    return f"# {data['title']}\n\n{html_to_text(data['body']['storage']['value'])}"


@mcp.tool()
async def search_pages(cql: str, limit: int = 10) -> list[dict]:
    """Search pages with a CQL query."""
    async with client() as c:
        # ok: tool-input-to-url
        r = await c.get("/wiki/rest/api/content/search", params={"cql": cql, "limit": min(limit, 50)})
        r.raise_for_status()
    return [{"id": p["id"], "title": p["title"]} for p in r.json()["results"]]


@mcp.tool()
async def render_external_macro(url: str, ctx: Context) -> str:
    """Fetch the content an external 'include URL' macro points at, to preview it."""
    async with httpx.AsyncClient(timeout=10.0, follow_redirects=True) as http:
        # ruleid: tool-input-to-url
        resp = await http.get(url)
    await ctx.debug(f"macro source answered {resp.status_code}")
    return html_to_text(resp.text)[:10000]
