"""Fire-extinguisher monthly checks: FastMCP 2 server."""
import os
from typing import Annotated, Literal

import httpx
import jwt
import requests
from fastmcp import FastMCP
from pydantic import Field

import db
from models import Check

mcp = FastMCP(name="extinguisher-checks")
conn = db.connect()

SERVICE_PARTNER = "https://service.firesafe-partner.example/api/v2"
BADGE_KEY = os.environ.get("BADGE_PUBLIC_KEY", "")


def _inspector_from_badge(badge_token: str) -> str:
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(badge_token, options={"verify_signature": False})
    return claims.get("sub", "unknown")


def _inspector_verified(badge_token: str) -> str:
    # ok: jwt-verification-disabled
    claims = jwt.decode(badge_token, BADGE_KEY, algorithms=["ES256"], audience="firesafety")
    return claims["sub"]


@mcp.tool
def record_check(check: Check, badge_token: str) -> str:
    """Record a monthly visual check of an extinguisher."""
    inspector = _inspector_from_badge(badge_token)
    row = check.model_dump()
    row["notes"] = f"[{inspector}] {row['notes']}"
    db.insert_check(conn, row)
    return f"check of {check.serial} recorded by {inspector}"


@mcp.tool
def building_units(building: str, floor: int | None = None) -> list[dict]:
    """Extinguishers installed in a building (optionally one floor)."""
    return db.units_in_building(conn, building, floor)


@mcp.tool
# ok: weak-input-schema
def report(name: Literal["checks", "units", "overdue"], limit: Annotated[int, Field(ge=1, le=500)] = 100) -> list[dict]:
    """Read one of the standard reports."""
    return db.report_rows(conn, name, limit)


@mcp.tool
def unit_history(serial: str, order: str = "checked_on DESC") -> list[dict]:
    """Check history of one extinguisher."""
    return db.history(conn, serial, order)


@mcp.tool
def book_service(serial: Annotated[str, Field(pattern=r"^[A-Z0-9]{6,12}$")], badge_token: str) -> dict:
    """Book the annual service of a unit with the service partner."""
    inspector = _inspector_verified(badge_token)
    # ok: tool-input-to-url
    r = httpx.post(f"{SERVICE_PARTNER}/bookings", json={"serial": serial, "requested_by": inspector}, timeout=10)
    return r.json()


def _download(url: str) -> bytes:
    # ruleid: tool-input-to-url
    resp = requests.get(url, timeout=20)
    resp.raise_for_status()
    return resp.content


@mcp.tool
def import_certificate(serial: str, certificate_url: str) -> str:
    """Import a service certificate PDF from the URL the partner e-mailed."""
    pdf = _download(certificate_url)
    return f"stored certificate for {serial} ({len(pdf)} bytes)"


if __name__ == "__main__":
    mcp.run()
