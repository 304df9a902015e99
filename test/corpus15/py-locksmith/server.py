from typing import Annotated, Literal

from mcp.server.fastmcp import FastMCP
from pydantic import Field

from keys import blank_spec, code_lookup, cut_key, job_sheet, record_access_code

mcp = FastMCP("locksmith-shop")

Bitting = Annotated[str, Field(pattern=r"^[1-7]{5,6}$", description="Cut depths, one digit per pin")]
Blank = Literal["KW1", "SC1", "SC4", "Y1", "WR5", "M1"]


@mcp.resource("keys://{code}/blank")
def blank_resource(code: str) -> str:
    """Key blank specification by blank code."""
    spec = blank_spec(code)
    return f"{spec['name']}: {spec['pins']} pins, spacing {spec['spacing_mm']} mm"


@mcp.resource("jobs://{job_no}")
def job_resource(job_no: str) -> str:
    """Job sheet of a call-out."""
    return job_sheet(job_no)


@mcp.tool()
# ok: weak-input-schema
def cut_duplicate(blank: Blank, bitting: Bitting) -> str:
    """Cut a duplicate key on the code machine."""
    return cut_key(blank, bitting)


@mcp.tool()
def lookup_key_code(manufacturer: str, code: str) -> str:
    """Bitting for a manufacturer key code (requires proof of ownership on file)."""
    data = code_lookup(manufacturer, code)
    return f"{data['blank']} {data['bitting']}"


@mcp.tool()
def store_access_code(customer: str, code: Annotated[str, Field(pattern=r"^[0-9]{4,8}$")]) -> str:
    """Store a customer's keypad access code for a scheduled job."""
    record_access_code(customer, code)
    return "stored"


@mcp.prompt()
def lockout_script(customer: str, address: str) -> str:
    """Phone script for a lockout call."""
    return f"Confirm the identity of {customer} at {address}: ask for photo ID and a utility bill at arrival. Quote the call-out fee before dispatching."


if __name__ == "__main__":
    mcp.run()
