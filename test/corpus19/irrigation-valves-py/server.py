"""Irrigation valve controller MCP server for orchards and vineyards."""
import logging
import os
import urllib.request
from typing import Annotated, Literal

import aiohttp
import httpx
from mcp.server.fastmcp import FastMCP
from pydantic import Field

from decorators import log_calls
from net import assert_allowed_host, quick_host_check

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("irrigation")

CONTROLLER_API = "https://valves.farmnet.example/v1"
CONTROLLER_TOKEN = os.environ.get("VALVE_API_TOKEN", "")

mcp = FastMCP("irrigation-valves")

Valve = Annotated[str, Field(pattern=r"^[A-H][0-9]{2}$", description="valve id like C07")]


def _headers() -> dict:
    return {"Authorization": f"Bearer {CONTROLLER_TOKEN}"}


@mcp.tool()
@log_calls
async def valve_state(valve: Valve) -> dict:
    """Current state of a valve (open/closed, flow l/min)."""
    async with httpx.AsyncClient() as client:
        # ok: tool-input-to-url
        r = await client.get(f"{CONTROLLER_API}/valves/{valve}", headers=_headers())
        return r.json()


@mcp.tool()
@log_calls
async def open_valve(valve: Valve, minutes: Annotated[int, Field(ge=1, le=240)]) -> str:
    """Open a valve for a number of minutes."""
    # ruleid: sensitive-data-logged
    log.info("opening %s for %d min with token %s", valve, minutes, CONTROLLER_TOKEN)
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{CONTROLLER_API}/valves/{valve}/open", json={"minutes": minutes}, headers=_headers())
    return f"{valve}: {r.status_code}"


@mcp.tool()
@log_calls
async def close_all(zone: Literal["orchard", "vineyard", "nursery"]) -> str:
    """Close every valve of a zone."""
    # ok: sensitive-data-logged
    log.info("closing all valves in %s (token configured: %s)", zone, bool(CONTROLLER_TOKEN))
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{CONTROLLER_API}/zones/{zone}/close", headers=_headers())
    return f"{zone}: {r.status_code}"


@mcp.tool()
@log_calls
async def weather_feed(feed_url: str) -> str:
    """Read an evapotranspiration / weather feed used to size irrigation."""
    url = assert_allowed_host(feed_url)
    async with aiohttp.ClientSession() as session:
        # ok: tool-input-to-url
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=15)) as resp:
            return await resp.text()


@mcp.tool()
@log_calls
async def dashboard_link(link: str) -> str:
    """Preview a dashboard link shared by the agronomist."""
    if not quick_host_check(link):
        raise ValueError("unknown host")
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(link, timeout=10) as resp:
        return resp.read(4096).decode("utf-8", "replace")


@mcp.tool()
@log_calls
async def soil_probe(probe_host: str, depth_cm: int = 30) -> dict:
    """Read a soil-moisture probe on the farm network."""
    async with aiohttp.ClientSession() as session:
        # ruleid: tool-input-to-url
        async with session.get(f"http://{probe_host}/moisture?depth={depth_cm}") as resp:
            return await resp.json()


@mcp.tool()
async def schedule(zone: Literal["orchard", "vineyard", "nursery"], start: str, minutes: int) -> str:
    """Schedule an irrigation run for a zone."""
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{CONTROLLER_API}/zones/{zone}/schedule", json={"start": start, "minutes": minutes}, headers=_headers())
    return r.text


if __name__ == "__main__":
    mcp.run()
