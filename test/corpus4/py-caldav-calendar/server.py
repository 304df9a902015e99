"""CalDAV calendar MCP server: Streamable HTTP app mounted in Starlette behind JWT auth."""
import os
from datetime import datetime, timedelta

import caldav
import httpx
import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.server import Context
from pydantic import BaseModel, Field
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

from auth import BearerJWTMiddleware, HostOriginMiddleware

CALDAV_URL = os.environ.get("CALDAV_URL", "https://dav.example.com/remote.php/dav")
dav = caldav.DAVClient(CALDAV_URL, username=os.environ.get("CALDAV_USER"), password=os.environ.get("CALDAV_PASSWORD"))

mcp = FastMCP("caldav-calendar", stateless_http=True)


class Event(BaseModel):
    summary: str = Field(max_length=200)
    start: datetime
    minutes: int = Field(30, ge=5, le=600)
    location: str | None = Field(None, max_length=200)


@mcp.tool()
def upcoming(days: int = Field(7, ge=1, le=60)) -> list[str]:
    """Events of the shared team calendar in the next days."""
    cal = dav.principal().calendars()[0]
    now = datetime.now()
    return [str(e.icalendar_component.get("summary")) for e in cal.search(start=now, end=now + timedelta(days=days), event=True, expand=True)]


@mcp.tool()
def add_event(event: Event) -> str:
    """Add an event to the shared team calendar."""
    cal = dav.principal().calendars()[0]
    cal.save_event(dtstart=event.start, dtend=event.start + timedelta(minutes=event.minutes), summary=event.summary, location=event.location)
    return "saved"


@mcp.tool()
async def my_free_busy(ctx: Context, days: int = Field(7, ge=1, le=30)) -> str:
    """Free/busy of the calling user from their personal calendar."""
    request = ctx.request_context.request
    start = datetime.utcnow()
    body = f"""<?xml version="1.0"?><C:free-busy-query xmlns:C="urn:ietf:params:xml:ns:caldav"><C:time-range start="{start:%Y%m%dT%H%M%SZ}" end="{start + timedelta(days=days):%Y%m%dT%H%M%SZ}"/></C:free-busy-query>"""
    async with httpx.AsyncClient() as client:
        resp = await client.request(
            "REPORT",
            f"{CALDAV_URL}/calendars/{request.state.user}/personal/",
            # ruleid: token-passthrough
            headers={"Authorization": request.headers["authorization"], "Depth": "1", "Content-Type": "application/xml"},
            content=body,
        )
    return resp.text


@mcp.tool()
async def room_free_busy(room: str = Field(pattern=r"^[a-z0-9-]{2,40}$"), days: int = 1) -> str:
    """Free/busy of a meeting room calendar (service account)."""
    async with httpx.AsyncClient(auth=(os.environ["CALDAV_USER"], os.environ["CALDAV_PASSWORD"])) as client:
        # ok: token-passthrough
        resp = await client.request("REPORT", f"{CALDAV_URL}/calendars/rooms/{room}/", headers={"Depth": "1"})
    return resp.text


app = Starlette(
    # ok: http-transport-without-auth
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ok: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["https://calendar.example.com", "https://assistant.example.com"], allow_credentials=True, allow_headers=["Authorization", "Content-Type", "Mcp-Session-Id"]),
        # ok: dns-rebinding-unprotected
        Middleware(HostOriginMiddleware),
        Middleware(BearerJWTMiddleware),
    ],
    lifespan=lambda app: mcp.session_manager.run(),
)

if __name__ == "__main__":
    # The reverse proxy on this host terminates TLS for calendar-mcp.example.com.
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8400, proxy_headers=True)
