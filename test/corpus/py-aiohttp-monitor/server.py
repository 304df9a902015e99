import asyncio
import ipaddress
import socket
from urllib.parse import urlparse

import aiohttp
from mcp.server.fastmcp import FastMCP, Context

mcp = FastMCP("uptime-monitor")


def _is_public(url: str) -> bool:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        return False
    try:
        infos = socket.getaddrinfo(parsed.hostname, parsed.port or 443)
    except socket.gaierror:
        return False
    for info in infos:
        addr = ipaddress.ip_address(info[4][0])
        if addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_reserved or addr.is_multicast:
            return False
    return True


@mcp.tool()
async def check_url(url: str, ctx: Context) -> str:
    """Check that a URL responds."""
    await ctx.info(f"checking {url}")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:  # FLAW tool-input-to-url
            return f"{resp.status} {resp.reason}"


@mcp.tool()
async def check_public_url(url: str) -> str:
    """Check that a public URL responds."""
    if not _is_public(url):
        return "refused: only public http(s) URLs"
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp:  # SAFE tool-input-to-url
            return f"{resp.status}"


@mcp.tool()
async def post_json(endpoint: str, payload: dict) -> str:
    """POST a JSON payload."""
    session = aiohttp.ClientSession()
    try:
        resp = await session.request("POST", endpoint, json=payload)  # FLAW tool-input-to-url
        return await resp.text()
    finally:
        await session.close()


@mcp.tool()
async def tcp_check(host: str, port: int) -> str:
    """Check a TCP port using netcat."""
    proc = await asyncio.create_subprocess_shell(f"nc -z -w 3 {host} {port}")  # FLAW tool-input-to-shell
    code = await proc.wait()
    return "open" if code == 0 else "closed"


@mcp.tool()
async def resolve(domain: str) -> str:
    """Resolve a domain with dig."""
    proc = await asyncio.create_subprocess_exec("dig", "+short", domain, stdout=asyncio.subprocess.PIPE)  # SAFE tool-input-to-shell
    out, _ = await proc.communicate()
    return out.decode()


@mcp.tool()
async def ssl_expiry(domain: str) -> str:
    """Certificate expiry date of a domain."""
    cmd = "echo | openssl s_client -servername " + domain + " -connect " + domain + ":443 2>/dev/null | openssl x509 -noout -enddate"
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE)  # FLAW tool-input-to-shell
    out, _ = await proc.communicate()
    return out.decode().strip()


@mcp.tool()
async def bulk_check(urls: list[str]) -> dict[str, int]:
    """Check many URLs concurrently."""
    async with aiohttp.ClientSession() as session:
        async def one(u: str) -> int:
            async with session.head(u) as r:  # FLAW tool-input-to-url
                return r.status
        codes = await asyncio.gather(*(one(u) for u in urls))
    return dict(zip(urls, codes))


if __name__ == "__main__":
    mcp.run()
