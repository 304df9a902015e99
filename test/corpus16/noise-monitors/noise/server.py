import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import aiohttp
import asyncpg
from mcp.server.fastmcp import Context, FastMCP

from .net import assert_allowed_host, looks_like_council_url
from .repo import EventRepo


@dataclass
class AppContext:
    repo: EventRepo
    http: aiohttp.ClientSession


@asynccontextmanager
async def lifespan(_server: FastMCP) -> AsyncIterator[AppContext]:
    pool = await asyncpg.create_pool(os.environ["NOISE_DSN"])
    async with aiohttp.ClientSession() as http:
        try:
            yield AppContext(repo=EventRepo(pool), http=http)
        finally:
            await pool.close()


# ruleid: bind-all-interfaces
mcp = FastMCP("noise-monitors", lifespan=lifespan, host="0.0.0.0", port=8700)


def _app(ctx: Context) -> AppContext:
    return ctx.request_context.lifespan_context


@mcp.tool()
async def noise_events(sensor: str, min_db: float, ctx: Context) -> list[dict]:
    """Noise events above a level recorded by a sensor."""
    return await _app(ctx).repo.events(sensor, min_db)


@mcp.tool()
async def complaints_near_sensor(sensor: str, radius_m: int, ctx: Context) -> list[dict]:
    """Resident complaints within a radius of a sensor."""
    return await _app(ctx).repo.complaints_near(sensor, min(radius_m, 2000))


@mcp.tool()
async def notify_council(webhook_url: str, summary: str, ctx: Context) -> str:
    """Post a noise summary to a council webhook."""
    url = assert_allowed_host(webhook_url)
    # ok: tool-input-to-url
    async with _app(ctx).http.post(url, json={"text": summary}) as resp:
        return f"council webhook answered {resp.status}"


@mcp.tool()
async def forward_to_officer(callback_url: str, summary: str, ctx: Context) -> str:
    """Forward a summary to the duty officer's callback link."""
    if not looks_like_council_url(callback_url):
        raise ValueError("callback must be a council link")
    # ruleid: tool-input-to-url
    async with _app(ctx).http.post(callback_url, json={"text": summary}) as resp:
        return f"officer callback answered {resp.status}"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
