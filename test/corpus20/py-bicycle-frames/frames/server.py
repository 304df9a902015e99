from typing import Literal

from fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import BaseModel, Field

from frames.services import TubingService, customer_from_token, fetch_geometry

mcp = FastMCP("bicycle-frames")
tubing = TubingService("/srv/frames/cutlists")


class FrameSpec(BaseModel):
    stack_mm: int = Field(ge=450, le=700)
    reach_mm: int = Field(ge=330, le=480)
    material: Literal["steel", "titanium", "aluminium"]


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
# ok: weak-input-schema
def quote_frame(spec: FrameSpec) -> str:
    """Price a custom frame."""
    base = {"steel": 1800, "titanium": 3600, "aluminium": 1500}[spec.material]
    return f"EUR {base + max(0, spec.stack_mm - 600) * 2}"


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def print_cutlist(frame_no: str, printer: str = "shop-laserjet") -> str:
    """Send a frame's tube cut list to a shop printer."""
    code = tubing.print_cutlist(frame_no, printer)
    return "queued" if code == 0 else f"lp exited {code}"


@mcp.tool
def mitre_angles(frame_no: str) -> str:
    """Mitre angles for every joint of a frame."""
    return tubing.mitre_angles(frame_no)


@mcp.tool
async def reference_geometry(model: str, source: str = "https://geometry.framebuilders.example/v1") -> dict:
    """Reference geometry of a production bike model."""
    return await fetch_geometry(source, model)


@mcp.tool
def my_orders(session_token: str) -> str:
    """Show the orders of the signed-in customer."""
    customer = customer_from_token(session_token)
    return f"orders for {customer.get('email')}"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host="127.0.0.1", port=8000)
