import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"github.com", "www.bbc.co.uk", "arxiv.org", "en.wikipedia.org", "pypi.org"}


class BlockedURL(ValueError):
    pass


def ensure_public_https(url: str) -> str:
    """Only https URLs to allow-listed hosts that resolve to public addresses."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise BlockedURL("only https URLs are allowed")
    host = parsed.hostname.lower()
    if host not in ALLOWED_HOSTS:
        raise BlockedURL(f"{host} is not in the allow-list")
    for info in socket.getaddrinfo(host, parsed.port or 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved or ip.is_multicast:
            raise BlockedURL(f"{host} resolves to a non-public address")
    return url
