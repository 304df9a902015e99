"""Outbound HTTP guards for partner library endpoints."""
import ipaddress
import socket
from urllib.parse import urlparse

PARTNER_HOSTS = {
    "ill.citylibrary.example.org",
    "resource-sharing.univ.example.edu",
    "rapid.consortium.example.net",
}


def assert_allowed_host(url: str) -> str:
    """Allow only https URLs to partner hosts that resolve to public addresses."""
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in PARTNER_HOSTS:
        raise ValueError(f"{parts.hostname!r} is not a partner library")
    for info in socket.getaddrinfo(parts.hostname, 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise ValueError("partner host resolves to a private address")
    return url


def looks_like_partner(url: str) -> bool:
    """Quick check for the OpenURL resolver tool."""
    return any(host in url for host in PARTNER_HOSTS)
