"""Clinical-trial registry search over streamable HTTP."""
import logging
import os
import traceback
from typing import Annotated, Literal

import uvicorn
from mcp.server.fastmcp import FastMCP
from pydantic import Field

import db

log = logging.getLogger("clinical-trials")

# ruleid: hardcoded-secret
REGISTRY_API_KEY = "ctg_live_9f3b2c71d8e44a0b9a5c6e1f7d2b8a40"

mcp = FastMCP("clinical-trials", stateless_http=True)


@mcp.tool()
# ok: weak-input-schema
async def get_trial(nct_id: Annotated[str, Field(pattern=r"^NCT\d{8}$")]) -> dict:
    """Registry record for one NCT id."""
    return await db.trial(nct_id) or {"error": "not found"}


@mcp.tool()
async def trials_by_phase(phase: Literal["1", "2", "3", "4"], condition: str) -> list[dict]:
    """Trials of a phase studying a condition."""
    return await db.by_phase(phase, condition)


@mcp.tool()
async def trials_by_sponsor(sponsor: str, statuses: list[str] = ["RECRUITING"]) -> list[dict] | str:
    """Trials run by a sponsor, filtered by status."""
    try:
        return await db.by_sponsor(sponsor, statuses)
    except Exception:
        # ruleid: error-detail-leak
        return "query failed:\n" + traceback.format_exc()


@mcp.tool()
# ruleid: weak-input-schema
async def enrollment(group_by, patient_filter: dict = {}) -> list[dict]:
    """Total enrollment grouped by a column (sponsor, phase, country)."""
    log.info("enrollment report by %s", group_by)
    return await db.enrollment_report(group_by)


@mcp.tool()
async def register_interest(email: str, nct_id: str) -> str:
    """Record a participant's interest in a trial."""
    # ruleid: sensitive-data-logged
    log.info("interest from %s in %s (api key %s)", email, nct_id, REGISTRY_API_KEY)
    return "recorded"


if __name__ == "__main__":
    app = mcp.streamable_http_app()
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8000")))
