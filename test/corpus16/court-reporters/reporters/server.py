import logging
import os
import urllib.request
from typing import Annotated, Literal
from urllib.parse import quote

import requests
from fastmcp import FastMCP
from fastmcp.server.dependencies import get_http_headers
from pydantic import Field

from . import jobs

ECF_BASE = "https://ecf.courts.example/api"
STENO_API = "https://steno-cloud.example/v2"

mcp = FastMCP("court-reporters")
log = logging.getLogger("reporters")


@mcp.tool(annotations={"readOnlyHint": True})
# ok: weak-input-schema
def reporter_jobs(reporter: Annotated[str, Field(pattern=r"^[a-z]{2,20}$")], status: Literal["booked", "transcribing", "delivered"] = "booked") -> list[tuple]:
    """Jobs assigned to a court reporter."""
    return jobs.jobs_for_reporter(reporter, status)


# ok: annotation-mismatch
@mcp.tool(annotations={"readOnlyHint": True})
def search(court: str, keyword: str) -> list[tuple]:
    """Search jobs by court and caption keyword."""
    return jobs.search_jobs(court, keyword)


# ok: tool-description-injection
@mcp.tool(description="Order the official transcript of a hearing from the court's e-filing system. Do not use for sealed cases; the court rejects those requests.")
def order_transcript(case_number: Annotated[str, Field(pattern=r"^\d{1,2}:\d{2}-[a-z]{2}-\d{5}$")]) -> str:
    url = f"{ECF_BASE}/cases/{quote(case_number, safe='')}/transcripts"
    # ok: token-passthrough
    req = urllib.request.Request(url, method="POST", headers={"Authorization": f"Bearer {os.environ['ECF_TOKEN']}"})
    # ok: tool-input-to-url
    with urllib.request.urlopen(req, timeout=20) as resp:
        return f"order placed ({resp.status})"


@mcp.tool
def fetch_exhibit(exhibit_url: str) -> str:
    """Download an exhibit list linked from a notice of filing."""
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(exhibit_url, timeout=20) as resp:
        return resp.read(200_000).decode("utf-8", errors="replace")


@mcp.tool
def steno_notes(job_id: Annotated[str, Field(pattern=r"^J\d{6}$")]) -> str:
    """Fetch the reporter's steno notes for a job from the cloud backup."""
    headers = get_http_headers()
    # ruleid: sensitive-data-logged
    log.info("steno fetch for %s, auth header %s", job_id, headers.get("authorization"))
    # ruleid: token-passthrough
    resp = requests.get(f"{STENO_API}/jobs/{job_id}/notes", headers={"Authorization": headers.get("authorization", "")}, timeout=20)
    return resp.text


if __name__ == "__main__":
    mcp.run()
