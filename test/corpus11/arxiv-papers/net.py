"""Outbound URL checks for the paper fetchers."""
import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"arxiv.org", "export.arxiv.org", "api.semanticscholar.org", "api.crossref.org"}


class BlockedURL(ValueError):
    pass


def assert_allowed_host(url: str) -> str:
    """Allow https URLs on known hosts that resolve to public addresses only."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise BlockedURL(f"host not allowed: {parsed.hostname}")
    for info in socket.getaddrinfo(parsed.hostname, 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise BlockedURL("host resolves to a private address")
    return url


def looks_like_arxiv(url: str) -> bool:
    return "arxiv.org" in url
