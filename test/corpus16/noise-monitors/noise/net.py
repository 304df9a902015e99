import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"hooks.noise-council.example", "alerts.environment-agency.example"}


def assert_allowed_host(url: str) -> str:
    """Only https webhooks to known council hosts that resolve to public addresses."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("webhook host is not allowed")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved:
            raise ValueError("webhook host resolves to a private address")
    return url


def looks_like_council_url(url: str) -> bool:
    return "noise-council.example" in url
