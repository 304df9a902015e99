"""Shared FastMCP instance; tool modules import `mcp` from here."""
import os

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("paperless-ngx")

PAPERLESS_URL = os.environ.get("PAPERLESS_URL", "https://paperless.home.arpa").rstrip("/")
# ok: hardcoded-secret
PAPERLESS_TOKEN = os.environ["PAPERLESS_TOKEN"]
CONSUME_DIR = os.environ.get("PAPERLESS_CONSUME_DIR", "/srv/paperless/consume")
EXPORT_DIR = os.environ.get("PAPERLESS_EXPORT_DIR", "/srv/paperless/export")
