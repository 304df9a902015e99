import asyncio
import json

import httpx
import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import Server

from net import assert_allowed_host, is_feeder_url
from tools import TOOLS

server = Server("adsb-flights")
FEEDER = "http://127.0.0.1:8080"


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


async def aircraft_near(args: dict) -> str:
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(f"{FEEDER}/data/aircraft.json")
    planes = [a for a in r.json()["aircraft"] if a.get("alt_baro", 0) < int(args.get("below_ft", 10000))]
    return json.dumps(planes[:50])


async def fetch_external(args: dict) -> str:
    url = assert_allowed_host(args["url"])
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        # ok: tool-input-to-url
        r = await client.get(url)
    return r.text[:5000]


async def probe_feeder(args: dict) -> str:
    url = args["feeder_url"]
    if not is_feeder_url(url):
        raise ValueError("not a feeder URL")
    async with httpx.AsyncClient(timeout=5) as client:
        # ruleid: tool-input-to-url
        r = await client.get(f"{url}/data/receiver.json")
    return r.text


async def lookup_registration(args: dict) -> str:
    icao = args["icao24"].lower()
    if len(icao) != 6 or any(c not in "0123456789abcdef" for c in icao):
        raise ValueError("icao24 must be 6 hex digits")
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: tool-input-to-url
        r = await client.get(f"https://opensky-network.org/api/metadata/aircraft/icao/{icao}")
    return r.text


DISPATCH = {
    "aircraft_near": aircraft_near,
    "fetch_external": fetch_external,
    "probe_feeder": probe_feeder,
    "lookup_registration": lookup_registration,
}


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    handler = DISPATCH.get(name)
    if handler is None:
        raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=await handler(arguments))]


async def main():
    async with mcp.server.stdio.stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
