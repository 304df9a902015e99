from typing import Annotated, Literal

import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field
from starlette.middleware.cors import CORSMiddleware

from forge.calc import load_quench_profile, run_heat_script, steel_weight, stock_weight
from forge.decorators import log_calls

mcp = FastMCP(
    "blacksmith-orders",
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["*"], allowed_origins=["*"]),
)


@mcp.tool()
@log_calls
# ok: weak-input-schema
def order_weight(steel: Literal["mild", "1095", "damascus"], length_mm: Annotated[float, Field(gt=0, le=3000)], section_mm2: Annotated[float, Field(gt=0, le=5000)]) -> str:
    """Weight of bar stock for an order."""
    return f"{steel_weight(steel, length_mm, section_mm2):.2f} kg"


@mcp.tool()
@log_calls
def custom_weight(formula: str, length_mm: float, section_mm2: float) -> str:
    """Weight from a custom formula for unusual sections."""
    return f"{stock_weight(formula, length_mm, section_mm2):.2f} kg"


@mcp.tool()
@log_calls
def forge_heat_plan(script_hex: str, temps: list[float]) -> list[float]:
    """Run a saved heat-treatment plan script over measured temperatures."""
    return run_heat_script(script_hex, temps)


@mcp.tool()
@log_calls
def quench_profile(blob_hex: str) -> str:
    """Load a quench profile saved by the old controller."""
    profile = load_quench_profile(blob_hex)
    return f"{len(profile)} stages"


app = mcp.streamable_http_app()
# ruleid: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8765)
