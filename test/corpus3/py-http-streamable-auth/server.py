"""rooms: meeting-room booking over Streamable HTTP with OAuth."""
from __future__ import annotations

import logging
import random
import secrets
import sqlite3
from datetime import datetime

from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import AnyHttpUrl

from auth import IntrospectionVerifier

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("rooms")

DB = sqlite3.connect("rooms.db", check_same_thread=False)
DB.execute("CREATE TABLE IF NOT EXISTS bookings (id TEXT PRIMARY KEY, room TEXT, starts TEXT, ends TEXT, owner TEXT)")

ROOMS = ["Atlas", "Borealis", "Cobalt", "Delta", "Ember", "Fjord"]

mcp = FastMCP(
    "rooms",
    token_verifier=IntrospectionVerifier(),
    auth=AuthSettings(
        issuer_url=AnyHttpUrl("https://auth.example.com"),
        resource_server_url=AnyHttpUrl("http://127.0.0.1:8040"),
        required_scopes=["rooms"],
    ),
    # ok: bind-all-interfaces
    host="127.0.0.1",
    port=8040,
    # ok: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["127.0.0.1:8040", "localhost:8040"], allowed_origins=["http://localhost:8040"]),
)


@mcp.tool()
def free_rooms(start: datetime, end: datetime) -> list[str]:
    """Rooms with no booking overlapping the interval."""
    busy = {
        r[0]
        # ok: tool-input-to-sql
        for r in DB.execute("SELECT room FROM bookings WHERE starts < ? AND ends > ?", (end.isoformat(), start.isoformat()))
    }
    return [r for r in ROOMS if r not in busy]


@mcp.tool()
def book(room: str, start: datetime, end: datetime, owner: str) -> dict:
    """Book a room; returns the booking id and a check-in code."""
    if room not in ROOMS:
        raise ValueError(f"unknown room {room}")
    # ok: insecure-randomness
    booking_id = secrets.token_urlsafe(12)
    # ok: insecure-randomness
    checkin_code = f"{secrets.randbelow(10**6):06d}"
    DB.execute("INSERT INTO bookings VALUES (?, ?, ?, ?, ?)", (booking_id, room, start.isoformat(), end.isoformat(), owner))
    DB.commit()
    return {"id": booking_id, "room": room, "checkin_code": checkin_code}


@mcp.tool()
def suggest_rooms(count: int = 2) -> list[str]:
    """A few rooms to suggest when the user has no preference."""
    # ok: insecure-randomness
    return random.sample(ROOMS, k=min(count, len(ROOMS)))


@mcp.tool()
def cancel(booking_id: str) -> str:
    """Cancel a booking by id."""
    cur = DB.execute("DELETE FROM bookings WHERE id = ?", (booking_id,))
    DB.commit()
    return "cancelled" if cur.rowcount else "no such booking"


if __name__ == "__main__":
    # ok: http-transport-without-auth
    mcp.run(transport="streamable-http")
