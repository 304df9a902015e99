"""City 311 service-request MCP server (streamable HTTP behind the city SSO)."""
from typing import Annotated, Literal

from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field

from . import open311

mcp = FastMCP(
    "city-311",
    stateless_http=True,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)

ServiceCode = Literal["pothole", "streetlight", "graffiti", "missed-pickup", "abandoned-vehicle"]


@mcp.tool()
def get_request(request_id: Annotated[str, Field(pattern=r"^\d{8}$")]) -> dict:
    """Status of a 311 service request."""
    return open311.service_request(request_id)


@mcp.tool()
def file_request(
    service: ServiceCode,
    description: Annotated[str, Field(max_length=2000)],
    lat: Annotated[float, Field(ge=-90, le=90)],
    lon: Annotated[float, Field(ge=-180, le=180)],
    ctx: Context,
) -> dict:
    """File a new 311 request on behalf of the signed-in resident."""
    request = ctx.request_context.request
    caller = request.headers.get("authorization") if request else None
    created = open311.create_request(service, description, lat, lon, caller)
    return {**created, "tracking": open311.tracking_code(), "confirm": open311.confirmation_token()}


@mcp.tool()
def add_photo(request_id: Annotated[str, Field(pattern=r"^\d{8}$")], photo_url: str) -> str:
    """Attach a photo (by URL) to a request."""
    status = open311.attach_photo(request_id, photo_url)
    return "attached" if status < 300 else f"upload failed ({status})"
