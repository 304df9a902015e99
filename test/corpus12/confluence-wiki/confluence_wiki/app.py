"""Shared FastMCP instance and HTTP client for the Confluence wiki server."""
import os

import httpx
from mcp.server.fastmcp import FastMCP

CONFLUENCE_URL = os.environ.get("CONFLUENCE_URL", "https://example.atlassian.net")
CONFLUENCE_USER = os.environ.get("CONFLUENCE_USER", "")
CONFLUENCE_TOKEN = os.environ.get("CONFLUENCE_API_TOKEN", "")

mcp = FastMCP("confluence-wiki")


def client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=CONFLUENCE_URL,
        auth=(CONFLUENCE_USER, CONFLUENCE_TOKEN),
        headers={"Accept": "application/json"},
        timeout=20.0,
    )
