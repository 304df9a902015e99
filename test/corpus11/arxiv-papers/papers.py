"""Sub-server with the arXiv tools; mounted by server.py."""
import re
import xml.etree.ElementTree as ET

import httpx
from fastmcp import Context, FastMCP
from pydantic import Field
from typing import Annotated

from net import assert_allowed_host, looks_like_arxiv

papers = FastMCP("arxiv")

ARXIV_ID = r"^\d{4}\.\d{4,5}(v\d+)?$"
ATOM = "{http://www.w3.org/2005/Atom}"


@papers.tool
# ok: weak-input-schema
async def get_abstract(arxiv_id: Annotated[str, Field(pattern=ARXIV_ID)], ctx: Context) -> dict:
    """Title, authors and abstract of one arXiv paper."""
    await ctx.info(f"fetching {arxiv_id}")
    async with httpx.AsyncClient(base_url="https://export.arxiv.org", timeout=20) as client:
        # ok: tool-input-to-url
        resp = await client.get("/api/query", params={"id_list": arxiv_id})
    entry = ET.fromstring(resp.text).find(f"{ATOM}entry")
    return {
        "title": entry.findtext(f"{ATOM}title", "").strip(),
        "authors": [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")],
        "abstract": entry.findtext(f"{ATOM}summary", "").strip(),
    }


@papers.tool
async def listing(category: str, ctx: Context, max_results: int = 25) -> list[str]:
    """Newest papers of a category such as cs.CL."""
    async with httpx.AsyncClient(base_url="https://export.arxiv.org") as client:
        # ruleid: tool-input-to-url
        resp = await client.get(f"/{category}/new?max={max_results}")
    return re.findall(r"arXiv:(\d{4}\.\d{4,5})", resp.text)[:max_results]


@papers.tool
async def fetch_pdf_text(url: str) -> str:
    """Download a paper PDF from a URL (arXiv links only) and return its size."""
    if not looks_like_arxiv(url):
        raise ValueError("only arXiv links")
    async with httpx.AsyncClient(follow_redirects=True) as client:
        # ruleid: tool-input-to-url
        resp = await client.get(url)
    return f"{len(resp.content)} bytes, content-type {resp.headers.get('content-type')}"


@papers.tool
async def fetch_metadata(url: str) -> str:
    """Fetch metadata JSON from an allowed scholarly API URL."""
    checked = assert_allowed_host(url)
    async with httpx.AsyncClient(timeout=15) as client:
        # ok: tool-input-to-url
        resp = await client.get(checked)
    return resp.text[:20_000]
