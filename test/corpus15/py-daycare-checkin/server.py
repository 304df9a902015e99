import base64
import logging
import os
import random
import sqlite3
import traceback
from datetime import datetime

import httpx
import jwt
from mcp.server.fastmcp import Context, FastMCP

from guardians import consent_form, photo_bytes
from net import assert_allowed_host, is_trusted_calendar

log = logging.getLogger("daycare")
mcp = FastMCP("daycare-checkin")
db = sqlite3.connect(os.environ.get("DAYCARE_DB", "daycare.db"), check_same_thread=False)


@mcp.tool()
def check_in(child_id: str, guardian: str) -> str:
    """Record a child's arrival."""
    try:
        db.execute("INSERT INTO attendance (child_id, guardian, arrived_at) VALUES (?, ?, ?)", (child_id, guardian, datetime.now().isoformat()))
        db.commit()
        return f"{child_id} checked in"
    except Exception as e:
        # ruleid: error-detail-leak
        return f"check-in failed: {e}"


@mcp.tool()
def issue_pickup_code(child_id: str, guardian: str) -> str:
    """Create a one-time pickup code for an authorised guardian."""
    # ruleid: insecure-randomness
    code = f"{random.randint(0, 999999):06d}"
    db.execute("INSERT INTO pickup_codes (child_id, guardian, code) VALUES (?, ?, ?)", (child_id, guardian, code))
    db.commit()
    return f"pickup code for {guardian}: {code}"


@mcp.tool()
def check_out(child_id: str, code: str) -> str:
    """Release a child against a pickup code."""
    try:
        row = db.execute("SELECT guardian FROM pickup_codes WHERE child_id = ? AND code = ? AND used = 0", (child_id, code)).fetchone()
        if not row:
            return "invalid pickup code"
        db.execute("UPDATE pickup_codes SET used = 1 WHERE child_id = ? AND code = ?", (child_id, code))
        db.commit()
        return f"{child_id} picked up by {row[0]}"
    except sqlite3.Error:
        log.exception("check_out failed")
        # ok: error-detail-leak
        return "check-out failed; staff have been notified"


@mcp.tool()
def daily_photo(child_id: str, photo: str) -> str:
    """Return one of today's photos of a child (base64 JPEG)."""
    return base64.b64encode(photo_bytes(child_id, photo)).decode()


@mcp.tool()
def read_consent(child_id: str, form: str) -> str:
    """Read a signed consent form."""
    return consent_form(child_id, form)


@mcp.tool()
async def notify_parent(webhook: str, child_id: str, message: str) -> str:
    """Send a message to a parent's notification webhook."""
    url = assert_allowed_host(webhook)
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: tool-input-to-url
        r = await client.post(url, json={"child": child_id, "message": message})
    return f"sent ({r.status_code})"


@mcp.tool()
async def import_calendar(feed_url: str) -> str:
    """Import closure days from a parent-hub iCal feed."""
    if not is_trusted_calendar(feed_url):
        raise ValueError("feed must come from daycare-hub.com")
    async with httpx.AsyncClient(timeout=10) as client:
        # ruleid: tool-input-to-url
        r = await client.get(feed_url)
    days = [line[8:] for line in r.text.splitlines() if line.startswith("DTSTART:")]
    return f"{len(days)} closure days"


@mcp.tool()
def parent_app_session(token: str, ctx: Context) -> str:
    """Show which parent a mobile-app token belongs to."""
    try:
        # ruleid: jwt-verification-disabled
        claims = jwt.decode(token, options={"verify_signature": False})
        return f"parent {claims.get('sub')} ({claims.get('email')})"
    except jwt.PyJWTError:
        # ruleid: error-detail-leak
        return "invalid token:\n" + traceback.format_exc()


if __name__ == "__main__":
    mcp.run()
