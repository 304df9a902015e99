"""Smart home bridge: lights, thermostat and scenes over Streamable HTTP."""

import asyncio
import hmac
import os
import random
from typing import Literal

import httpx
import uvicorn
from pydantic import Field
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import PlainTextResponse

from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

HUB_URL = os.environ.get("HUB_URL", "http://192.168.1.20")
# ok: hardcoded-secret
HUB_API_KEY = os.environ.get("HUB_API_KEY")
BRIDGE_TOKEN = os.environ["BRIDGE_TOKEN"]

mcp = FastMCP(
    "smart-home",
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)

ROOMS = Literal["living", "kitchen", "bedroom", "office"]


@mcp.tool()
async def set_light(room: ROOMS, on: bool, brightness: int = Field(100, ge=0, le=100)) -> str:
    """Switch a room's light."""
    async with httpx.AsyncClient(timeout=5) as c:
        # ok: tool-input-to-url
        r = await c.put(f"{HUB_URL}/api/{HUB_API_KEY}/groups/{room}/action", json={"on": on, "bri": round(brightness * 2.54)})
    return "ok" if r.status_code == 200 else "hub error"


@mcp.tool()
async def ping_hub(retries: int = Field(3, ge=1, le=5)) -> str:
    """Check that the hub answers, retrying with jitter."""
    # ruleid: tls-verification-disabled
    async with httpx.AsyncClient(timeout=3, verify=False) as c:
        for attempt in range(retries):
            try:
                r = await c.get(f"{HUB_URL.replace('http://', 'https://')}/api/config")
                return f"hub ok ({r.status_code})"
            except httpx.HTTPError:
                # ok: insecure-randomness
                await asyncio.sleep(random.uniform(0.2, 0.8) * (attempt + 1))
    return "hub unreachable"


@mcp.tool()
async def thermostat(target_c: float = Field(ge=10, le=28)) -> str:
    """Set the thermostat target temperature."""
    async with httpx.AsyncClient(timeout=5) as c:
        r = await c.post(f"{HUB_URL}/thermostat", json={"target": target_c})
    return f"target set to {target_c}°C" if r.is_success else "thermostat error"


@mcp.tool()
async def call_device(device_url: str, command: str) -> str:
    """Send a raw command to a device by its URL (for devices not on the hub)."""
    async with httpx.AsyncClient(timeout=5) as c:
        # ruleid: tool-input-to-url
        r = await c.post(device_url, content=command)
    return r.text[:2000]


@mcp.tool()
async def run_scene(scene: str) -> str:
    """Run a scene stored on the hub."""
    # ok: sensitive-data-logged
    print(f"running scene {scene}")
    async with httpx.AsyncClient(timeout=5) as c:
        r = await c.post(f"{HUB_URL}/scenes/run", json={"name": scene})
    return "scene started" if r.is_success else "unknown scene"


class BearerTokenMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        supplied = request.headers.get("authorization", "").removeprefix("Bearer ")
        if not hmac.compare_digest(supplied.encode(), BRIDGE_TOKEN.encode()):
            return PlainTextResponse("unauthorized", status_code=401)
        return await call_next(request)


# ok: http-transport-without-auth
app = mcp.streamable_http_app()
app.add_middleware(BearerTokenMiddleware)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8123)
