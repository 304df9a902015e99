import ipaddress
import socket
from urllib.parse import quote, urlparse

import httpx

ALLOWED_HOSTS = {"log.concept2.example.com", "results.regattacentral.example.com"}


def is_trusted(url: str) -> bool:
    return any(host in url for host in ALLOWED_HOSTS)


def assert_allowed_host(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        raise ValueError(f"host not allowed: {parsed.hostname}")
    for info in socket.getaddrinfo(parsed.hostname, 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("host resolves to a private address")


async def fetch_json(url: str) -> dict:
    if not is_trusted(url):
        raise ValueError("untrusted source")
    async with httpx.AsyncClient(timeout=10, follow_redirects=True) as client:
        # ruleid: tool-input-to-url
        resp = await client.get(url)
        resp.raise_for_status()
        return resp.json()


async def fetch_checked(url: str) -> dict:
    assert_allowed_host(url)
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: tool-input-to-url
        resp = await client.get(url)
        resp.raise_for_status()
        return resp.json()


async def fetch_entries(regatta_id: int, event: str | None) -> dict:
    path = f"/v1/regattas/{int(regatta_id)}/entries"
    if event:
        path += f"/{quote(event, safe='')}"
    async with httpx.AsyncClient(base_url="https://results.regattacentral.example.com", timeout=10) as client:
        # ok: tool-input-to-url
        resp = await client.get(path)
        return resp.json()
