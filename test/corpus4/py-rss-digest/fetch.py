"""Feed fetching with an allow-list of subscribed hosts."""
import ipaddress
import socket
import urllib.request
from urllib.parse import urlsplit

import httpx

SUBSCRIBED = {"news.ycombinator.com", "hnrss.org", "feeds.bbci.co.uk", "www.nasa.gov", "planetpython.org"}


def _public(host: str) -> bool:
    try:
        infos = socket.getaddrinfo(host, 443)
    except socket.gaierror:
        return False
    return all(ipaddress.ip_address(i[4][0]).is_global for i in infos)


def fetch_subscribed(url: str) -> bytes:
    host = urlsplit(url).hostname or ""
    if host not in SUBSCRIBED or not _public(host):
        raise PermissionError(f"{host} is not a subscribed feed host")
    # ok: tool-input-to-url
    return httpx.get(url, timeout=15, follow_redirects=False).content


def fetch_any(url: str) -> bytes:
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(url, timeout=15) as resp:
        return resp.read()
