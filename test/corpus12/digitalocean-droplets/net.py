"""Outbound URL checks."""
import asyncio
import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"docs.digitalocean.com", "status.digitalocean.com", "www.digitalocean.com"}


async def assert_allowed_host(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise ValueError("https URL required")
    if parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError(f"host {parsed.hostname} is not allowed")
    infos = await asyncio.get_running_loop().getaddrinfo(parsed.hostname, 443, type=socket.SOCK_STREAM)
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("refusing to connect to a private address")
    return url


def looks_like_do_url(url: str) -> bool:
    return "digitalocean" in url or ".ondigitalocean.app" in url
