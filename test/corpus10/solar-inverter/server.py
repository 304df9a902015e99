import re

import aiohttp
import yaml
from mcp.server.fastmcp import FastMCP

from inverters import poll_all, vendor_client
from net import assert_allowed_host

mcp = FastMCP("solar-inverter")

SOLAREDGE = re.compile(r"https://[\w.]+\.solaredge\.com")


@mcp.tool()
async def poll_inverters(urls: list[str]) -> str:
    """Read live power from local inverter web APIs (e.g. http://192.168.1.40/solar_api/v1/GetPowerFlowRealtimeData.fcgi)."""
    results = await poll_all(urls)
    lines = []
    for u, r in zip(urls, results):
        lines.append(f"{u}: error {r}" if isinstance(r, BaseException) else f"{u}: {r.get('P_PV', r.get('power', '?'))} W")
    return "\n".join(lines)


@mcp.tool()
async def vendor_history(url: str) -> str:
    """Fetch energy history from a vendor cloud API URL."""
    checked = assert_allowed_host(url)
    async with vendor_client() as client:
        # ok: tool-input-to-url
        resp = await client.get(checked)
        return resp.text[:20000]


@mcp.tool()
async def solaredge_site_details(url: str) -> str:
    """Fetch a SolarEdge monitoring API URL (site details, overview, energy)."""
    if not SOLAREDGE.match(url):
        raise ValueError("not a SolarEdge API URL")
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=20)) as resp:
            return await resp.text()


@mcp.tool()
def load_tariff(tariff_yaml: str) -> str:
    """Load a time-of-use tariff definition (YAML)."""
    # ok: unsafe-deserialization
    tariff = yaml.safe_load(tariff_yaml)
    return ", ".join(f"{p['from']}-{p['to']}: {p['price']}" for p in tariff.get("periods", []))


@mcp.tool()
def load_inverter_profile(profile_yaml: str) -> str:
    """Load an inverter profile exported by the installer tool (YAML with python tags for curves)."""
    # ruleid: unsafe-deserialization
    profile = yaml.load(profile_yaml, Loader=yaml.Loader)
    return f"profile {profile.get('model')} with {len(profile.get('curves', []))} curves"


if __name__ == "__main__":
    mcp.run()
