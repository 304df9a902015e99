import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"hooks.daycare-hub.com", "notify.kinderconnect.eu"}


def assert_allowed_host(url: str) -> str:
    """Only our two notification providers, over HTTPS, never a private address."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("webhook host is not allowed")
    for info in socket.getaddrinfo(parsed.hostname, 443, proto=socket.IPPROTO_TCP):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise ValueError("webhook resolves to a private address")
    return url


def is_trusted_calendar(url: str) -> bool:
    """Parents' calendar feeds come from the hub."""
    return "daycare-hub.com" in url
