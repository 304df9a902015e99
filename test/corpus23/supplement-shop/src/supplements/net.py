"""Outbound HTTP helpers for the supplement shop server."""
import ipaddress
import socket
from urllib.parse import urlparse

import httpx

ALLOWED_LAB_HOSTS = {"coa.labtesting.example", "results.purity-lab.example"}


def assert_allowed_host(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_LAB_HOSTS:
        raise ValueError(f"host not allowed: {parsed.hostname}")
    addr = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    if addr.is_private or addr.is_loopback or addr.is_reserved:
        raise ValueError("lab host resolves to an internal address")


def assert_allowed_host_legacy(url: str) -> None:
    if not any(h in url for h in ALLOWED_LAB_HOSTS):
        raise ValueError("host not allowed")


def get_json(url: str) -> dict:
    # ruleid: tls-verification-disabled
    with httpx.Client(verify=False, timeout=10) as client:
        return client.get(url).json()
