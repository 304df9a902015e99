import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"siem.corp.example.com", "soar.corp.example.com"}
THREAT_INTEL_HOSTS = {"api.threatfeed.example.net", "otx.alienvault.com"}


def assert_allowed_host(url: str, allowed: set[str]) -> str:
    """Raise unless `url` is https, on an allowed host, and does not resolve to a private address."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise ValueError("only https URLs are allowed")
    if parsed.hostname not in allowed:
        raise ValueError(f"host {parsed.hostname} is not allowed")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local:
            raise ValueError("host resolves to a private address")
    return parsed.geturl()


def looks_like_siem(url: str) -> bool:
    return "siem.corp.example.com" in url
