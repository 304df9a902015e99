import ipaddress
import socket
from urllib.parse import urlparse

import aiohttp

ACCEPT = {"Accept": 'application/ld+json; profile="https://www.w3.org/ns/activitystreams"'}


def _public_https(url: str) -> str:
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise ValueError("https URLs only")
    for info in socket.getaddrinfo(parsed.hostname, 443, proto=socket.IPPROTO_TCP):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("refusing to fetch from a private address")
    return url


async def fetch_actor(handle: str) -> dict:
    user, _, instance = handle.lstrip("@").partition("@")
    webfinger = f"https://{instance}/.well-known/webfinger?resource=acct:{user}@{instance}"
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(webfinger) as resp:
            doc = await resp.json()
        self_link = next(l["href"] for l in doc["links"] if l.get("rel") == "self")
        async with session.get(self_link, headers=ACCEPT) as resp:
            return await resp.json()


async def fetch_object(object_url: str, blocklist) -> dict:
    url = _public_https(object_url)
    if blocklist.blocked(urlparse(url).hostname):
        raise ValueError("instance is blocked")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, headers=ACCEPT, allow_redirects=False) as resp:
            return await resp.json()


async def deliver(object_url: str, caller_auth: str) -> str:
    async with aiohttp.ClientSession() as session:
        async with session.post("https://relay.social.example/api/announce", json={"object": object_url}, headers={"Authorization": caller_auth}) as resp:
            return str(resp.status)
