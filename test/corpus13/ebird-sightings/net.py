import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_MEDIA_HOSTS = {"cdn.download.ams.birds.cornell.edu", "macaulaylibrary.org", "search.macaulaylibrary.org"}


def assert_allowed_host(url: str) -> str:
    """Only https to the Macaulay Library hosts, and never to an internal address."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_MEDIA_HOSTS:
        raise ValueError(f"host not allowed: {parsed.hostname}")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise ValueError("host resolves to a non-public address")
    return url


def looks_like_ebird(url: str) -> bool:
    return "ebird.org/checklist/" in url
