"""Outbound request policy: only configured hosts, never private addresses."""
from __future__ import annotations

import ipaddress
import os
import socket
from urllib.parse import urlsplit

ALLOWED_HOSTS = {
    h.strip().lower()
    for h in os.environ.get("WEB_FETCH_ALLOWED_HOSTS", "en.wikipedia.org,news.ycombinator.com,pypi.org,docs.github.com").split(",")
    if h.strip()
}


class BlockedURL(ValueError):
    pass


def _is_public(host: str) -> bool:
    for info in socket.getaddrinfo(host, None):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            return False
    return True


def checked_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise BlockedURL(f"scheme {parts.scheme!r} is not allowed")
    host = (parts.hostname or "").lower()
    if host not in ALLOWED_HOSTS:
        raise BlockedURL(f"{host} is not on the allow-list")
    if not _is_public(host):
        raise BlockedURL(f"{host} resolves to a private address")
    return url
