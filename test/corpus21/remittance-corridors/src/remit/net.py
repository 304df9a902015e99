"""Outbound request guards for partner payout APIs."""
import ipaddress
import socket
from urllib.parse import urlparse

PARTNER_HOSTS = {"api.payout-mx.example.com", "gateway.ph-remit.example.net", "hub.sendke.example.org"}


def assert_allowed_host(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in PARTNER_HOSTS:
        raise ValueError(f"host not allowed: {parsed.hostname}")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local:
            raise ValueError("partner host resolves to a private address")
    return url


def looks_like_partner(url: str) -> bool:
    # quick check used by the status poller
    return any(host in url for host in PARTNER_HOSTS)
