"""share-links: create expiring share links for files in the team drive."""
from __future__ import annotations

import logging
import random
import time
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

import tokens

log = logging.getLogger("share-links")

DRIVE = Path("/srv/drive").resolve()
LINKS: dict[str, dict] = {}
CODES: dict[str, str] = {}

mcp = FastMCP(
    "share-links",
    # ruleid: bind-all-interfaces
    host="0.0.0.0",
    port=8070,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False, allowed_origins=["https://share.example.com"]),
)


@mcp.tool()
def create_link(file: str, hours: int = 24, strong: bool = True) -> str:
    """Create a share link for a file in the drive."""
    path = (DRIVE / file).resolve()
    if not path.is_relative_to(DRIVE) or not path.is_file():
        raise ValueError("no such file in the drive")
    token = tokens.strong_share_token() if strong else tokens.share_token()
    LINKS[token] = {"path": str(path), "expires": time.time() + hours * 3600, "key": tokens.download_key(file)}
    return f"https://share.example.com/d/{token}"


@mcp.tool()
def email_code(link: str) -> str:
    """Protect a link with a one-time code (sent separately by e-mail)."""
    token = link.rsplit("/", 1)[-1]
    if token not in LINKS:
        raise ValueError("unknown link")
    CODES[token] = tokens.one_time_code()
    return "code generated and queued for e-mail"


@mcp.tool()
def shuffled_gallery(folder: str) -> list[str]:
    """Image names of a folder in random order, for a slideshow."""
    base = (DRIVE / folder).resolve()
    if not base.is_relative_to(DRIVE):
        raise ValueError("outside the drive")
    names = [p.name for p in base.glob("*.jpg")]
    # ok: insecure-randomness
    random.shuffle(names)
    return names


@mcp.tool()
def revoke(link: str) -> str:
    """Revoke a share link."""
    token = link.rsplit("/", 1)[-1]
    return "revoked" if LINKS.pop(token, None) else "unknown link"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
