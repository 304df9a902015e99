"""Outbound-request guards for valve controllers and weather feeds."""
import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"api.open-meteo.com", "valves.farmnet.example", "et0.agrimet.example"}


def assert_allowed_host(url: str) -> str:
    """Allow https URLs on an allow-listed host that does not resolve to private space."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError(f"host not allowed: {parsed.hostname}")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local:
            raise ValueError("host resolves to a private address")
    return url


def quick_host_check(url: str) -> bool:
    """Cheap check for the dashboard links."""
    return any(h in url for h in ALLOWED_HOSTS)
