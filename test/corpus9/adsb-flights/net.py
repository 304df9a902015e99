import ipaddress
import re
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"opensky-network.org", "api.adsb.lol", "globe.adsbexchange.com"}
_FEEDER = re.compile(r"https?://[\w.-]+:(8080|30005)")


def assert_allowed_host(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    for info in socket.getaddrinfo(parsed.hostname, 443):
        if ipaddress.ip_address(info[4][0]).is_private:
            raise ValueError("host resolves to a private address")
    return url


def is_feeder_url(url: str) -> bool:
    # matches "http://host:8080" anywhere in the string
    return _FEEDER.search(url) is not None
