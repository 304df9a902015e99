"""FHIR bridge: clinicians' assistant reads patient data from the HIE (fastmcp, HTTP)."""
import os
from typing import Annotated, Literal

import uvicorn
from fastmcp import FastMCP, Context
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_http_headers
from pydantic import Field
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware

from fhir_client import FhirClient, lookup_code

# ok: jwt-verification-disabled
auth = JWTVerifier(jwks_uri="https://idp.region-health.example/.well-known/jwks.json", issuer="https://idp.region-health.example", audience="fhir-bridge")

mcp = FastMCP("fhir-bridge", auth=auth)

PatientId = Annotated[str, Field(pattern=r"^[A-Za-z0-9\-.]{1,64}$", description="FHIR logical id of the patient")]


def _client() -> FhirClient:
    headers = get_http_headers(include_all=True)
    return FhirClient(headers.get("authorization", ""))


@mcp.tool(annotations={"readOnlyHint": True})
async def get_patient(patient_id: PatientId, ctx: Context) -> dict:
    """Demographics of a patient."""
    await ctx.info(f"reading patient {patient_id}")
    client = _client()
    try:
        return await client.patient(patient_id)
    finally:
        await client.aclose()


@mcp.tool(annotations={"readOnlyHint": True})
# ok: weak-input-schema
async def active_medications(
    patient_id: PatientId,
    status: Literal["active", "on-hold", "completed"] = "active",
) -> dict:
    """Medication requests of a patient with the given status."""
    client = _client()
    try:
        return await client.medications(patient_id, status)
    finally:
        await client.aclose()


@mcp.tool
async def next_page(next_link: str) -> dict:
    """Fetch the next page of a search Bundle, given its 'next' link."""
    client = _client()
    try:
        return await client.follow(next_link)
    finally:
        await client.aclose()


@mcp.tool
async def explain_code(system: Literal["http://loinc.org", "http://snomed.info/sct"], code: Annotated[str, Field(max_length=32)]) -> dict:
    """Look a LOINC or SNOMED code up in the terminology server."""
    return await lookup_code(system, code)


# ruleid: cors-wildcard-credentials
cors = Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])
# ok: http-transport-without-auth
app = mcp.http_app(path="/mcp", middleware=[cors])

if __name__ == "__main__":
    uvicorn.run(
        app,
        # ruleid: bind-all-interfaces
        host=os.environ.get("FHIR_BRIDGE_HOST", "0.0.0.0"),
        port=int(os.environ.get("FHIR_BRIDGE_PORT", "8040")),
    )
