"""Oyster lease management MCP server (leases, water quality, harvest returns)."""
import os
from datetime import date
from typing import Annotated

from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import AnyHttpUrl, Field

from auth import IntrospectionVerifier
from leases import classification, lab_result, read_lease, read_survey

mcp = FastMCP(
    "oyster-leases",
    host="127.0.0.1",
    port=8055,
    token_verifier=IntrospectionVerifier(),
    auth=AuthSettings(
        issuer_url=AnyHttpUrl("https://auth.shellfish-authority.example"),
        resource_server_url=AnyHttpUrl("http://127.0.0.1:8055"),
        required_scopes=["leases:read"],
    ),
    # ok: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["127.0.0.1:8055", "localhost:8055"], allowed_origins=["http://localhost:8055"]),
)

HARVESTS: list[dict] = []


@mcp.resource("lease://{lease_id}")
def lease_resource(lease_id: str) -> dict:
    """Lease record: holder, parcel polygon, licensed species."""
    return read_lease(lease_id)


@mcp.tool()
def lease_record(lease_id: str) -> dict:
    """Lease record by id, e.g. OL-0042 (same as the lease:// resource)."""
    return read_lease(lease_id)


@mcp.resource("survey://{path}")
def survey_resource(path: str) -> bytes:
    """Seabed survey file of a lease (sonar image or PDF)."""
    return read_survey(path)


@mcp.tool()
def area_classification(area_code: Annotated[str, Field(max_length=20)]) -> dict:
    """Current water-quality classification (A/B/C/prohibited) of a harvesting area."""
    return classification(area_code)


@mcp.tool()
def lab_sample(lab_base_url: str, sample_id: str) -> dict:
    """Fetch an E. coli / biotoxin result from a lab's result server."""
    return lab_result(lab_base_url, sample_id)


@mcp.tool()
def record_harvest(lease_id: Annotated[str, Field(pattern=r"^OL-\d{4}$")], day: date, bags: Annotated[int, Field(ge=0)]) -> str:
    """Record a harvest return for a lease."""
    HARVESTS.append({"lease": lease_id, "day": day.isoformat(), "bags": bags})
    return f"{bags} bags recorded for {lease_id}"


@mcp.prompt()
def closure_notice(area_code: str, reason: str) -> str:
    """Draft a temporary closure notice for harvesters."""
    return f"Draft a short closure notice for harvesting area {area_code}. Reason: {reason}. Include the reopening criteria."


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8055"))
    # ok: http-transport-without-auth
    mcp.run(transport="streamable-http")
