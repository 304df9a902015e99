"""Sub-server for citation lookups (Crossref, Semantic Scholar)."""
from urllib.parse import quote

import aiohttp
import requests
from fastmcp import FastMCP

citations = FastMCP("citations")


@citations.tool
def crossref_work(doi: str) -> dict:
    """Crossref metadata for a DOI."""
    # ok: tool-input-to-url
    resp = requests.get(f"https://api.crossref.org/works/{quote(doi, safe='')}", timeout=15)
    resp.raise_for_status()
    return resp.json()["message"]


@citations.tool
async def s2_paper(paper_id: str, api_base: str = "https://api.semanticscholar.org") -> dict:
    """Semantic Scholar record for a paper id (api_base can point at a proxy)."""
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(f"{api_base}/graph/v1/paper/{paper_id}") as resp:
            return await resp.json()


@citations.tool
def bibtex_for(doi: str, style_server: str) -> str:
    """Render a BibTeX entry via a citation-style server."""
    # ruleid: tool-input-to-url
    return requests.get(style_server, params={"doi": doi, "format": "bibtex"}, timeout=10).text
