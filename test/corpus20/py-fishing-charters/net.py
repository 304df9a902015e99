import ipaddress
import socket
from urllib.parse import urlparse

ALLOWED_HOSTS = {"api.tidesandcurrents.noaa.gov", "marine.weather.gov", "charters.bluewater.example"}


def assert_allowed_host(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    addr = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    if addr.is_private or addr.is_loopback or addr.is_link_local:
        raise ValueError("private address")
    return url


def looks_like_partner(url: str) -> bool:
    return "bluewater.example" in url
