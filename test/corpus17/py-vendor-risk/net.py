"""Outbound request guards for the vendor-risk tools."""

import ipaddress
import socket
from urllib.parse import urlparse

TRUST_CENTER_HOSTS = {"trust.vendor-a.com", "security.vendor-b.io", "app.safebase.io", "trust.drata.com"}


def assert_allowed_host(url: str) -> str:
    """Only https URLs on the trust-center allow-list that resolve to public addresses."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in TRUST_CENTER_HOSTS:
        raise ValueError(f"host not allowed: {parsed.hostname}")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("host resolves to a private address")
    return url


def looks_like_vendor_site(url: str) -> bool:
    """Cheap check used by the questionnaire importer (string match only)."""
    return any(h in url for h in TRUST_CENTER_HOSTS)


def normalise_domain(domain: str) -> str:
    return domain.strip().lower().rstrip(".")
