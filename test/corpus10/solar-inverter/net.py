import ipaddress
import socket
from urllib.parse import urlparse

VENDOR_HOSTS = {"monitoringapi.solaredge.com", "api.enphaseenergy.com", "www.foxesscloud.com"}


def assert_allowed_host(url: str) -> str:
    """Only https URLs on a known vendor cloud that resolve to public addresses."""
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in VENDOR_HOSTS:
        raise ValueError(f"{parsed.hostname!r} is not an approved vendor API")
    for info in socket.getaddrinfo(parsed.hostname, 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("vendor host resolves to a non-public address")
    return url
