"""Team calendar MCP server (Streamable HTTP, OAuth-protected)."""

import logging
import os
import secrets
from datetime import datetime, timedelta

import httpx
from pydantic import AnyHttpUrl, BaseModel, Field

from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

from auth import IntrospectionVerifier

log = logging.getLogger("team-calendar")

# ok: hardcoded-secret
CALDAV_PASSWORD = os.environ["CALDAV_PASSWORD"]
CALDAV_USER = os.environ.get("CALDAV_USER", "mcp-bot")
CALDAV_BASE = "https://caldav.example.org/calendars/team"

mcp = FastMCP(
    "team-calendar",
    token_verifier=IntrospectionVerifier(os.environ.get("AUTH_INTROSPECT_URL", "https://auth.example.org/introspect")),
    auth=AuthSettings(
        issuer_url=AnyHttpUrl("https://auth.example.org"),
        resource_server_url=AnyHttpUrl("http://127.0.0.1:8765"),
        required_scopes=["calendar"],
    ),
    # ok: bind-all-interfaces
    host="127.0.0.1",
    port=8765,
    # ok: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["127.0.0.1:*", "localhost:*"], allowed_origins=["http://localhost:*", "http://127.0.0.1:*"]),
)


class Meeting(BaseModel):
    title: str = Field(max_length=200)
    start: datetime
    minutes: int = Field(ge=5, le=480)
    attendees: list[str] = Field(default_factory=list, max_length=50)


@mcp.tool()
# ok: weak-input-schema
async def schedule(meeting: Meeting) -> str:
    """Schedule a team meeting."""
    # ok: insecure-randomness
    uid = secrets.token_hex(16)
    end = meeting.start + timedelta(minutes=meeting.minutes)
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTART:{meeting.start:%Y%m%dT%H%M%S}", f"DTEND:{end:%Y%m%dT%H%M%S}",
        f"SUMMARY:{meeting.title}", "END:VEVENT", "END:VCALENDAR",
    ])
    async with httpx.AsyncClient(auth=(CALDAV_USER, CALDAV_PASSWORD), timeout=10) as client:
        resp = await client.put(f"{CALDAV_BASE}/{uid}.ics", content=ics, headers={"Content-Type": "text/calendar"})
    if resp.status_code >= 300:
        log.warning("caldav PUT failed with %s", resp.status_code)
        # ok: error-detail-leak
        return "Could not create the meeting; the calendar server rejected it."
    return f"scheduled {meeting.title} ({uid})"


@mcp.tool()
async def agenda(day: str) -> list[str]:
    """Meetings on a given day (YYYY-MM-DD)."""
    try:
        start = datetime.strptime(day, "%Y-%m-%d")
    except ValueError:
        return ["day must be YYYY-MM-DD"]
    body = f"""<c:calendar-query xmlns:c="urn:ietf:params:xml:ns:caldav"><c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT"><c:time-range start="{start:%Y%m%dT000000Z}" end="{start:%Y%m%dT235959Z}"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>"""
    async with httpx.AsyncClient(auth=(CALDAV_USER, CALDAV_PASSWORD), timeout=10) as client:
        resp = await client.request("REPORT", CALDAV_BASE, content=body, headers={"Depth": "1"})
    return [line.split(":", 1)[1] for line in resp.text.splitlines() if line.startswith("SUMMARY:")]


@mcp.tool()
async def import_ics(feed_url: str) -> int:
    """Import events from an external iCalendar feed URL."""
    async with httpx.AsyncClient(timeout=10) as client:
        # ruleid: tool-input-to-url
        resp = await client.get(feed_url)
    return resp.text.count("BEGIN:VEVENT")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    # ok: http-transport-without-auth
    mcp.run(transport="streamable-http")
