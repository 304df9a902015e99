"""Outbound URL policy: approved hosts only, and never private or link-local addresses."""
import ipaddress
import socket
from urllib.parse import urlparse

APPROVED_HOSTS = {
    "raw.githubusercontent.com",
    "grafana.com",
    "prometheus-rules.example.com",
}


class BlockedURL(ValueError):
    pass


def checked_url(url: str) -> str:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        raise BlockedURL("only https URLs are allowed")
    if parts.hostname not in APPROVED_HOSTS:
        raise BlockedURL(f"{parts.hostname} is not an approved host")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise BlockedURL("host resolves to a private address")
    return url
