import logging
import os
from typing import Annotated, Literal

import httpx
import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import Field
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount

from auth import LISTMONK_PASSWORD, BearerAuth

log = logging.getLogger("newsletter-hub")
LISTMONK = os.environ.get("LISTMONK_URL", "http://127.0.0.1:9000")
mcp = FastMCP("newsletter-hub")


def api() -> httpx.Client:
    return httpx.Client(base_url=LISTMONK, auth=("admin", LISTMONK_PASSWORD), timeout=15)


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def list_campaigns(status: Literal["draft", "scheduled", "running", "finished"] = "draft") -> list[dict]:
    """Campaigns in the given state."""
    with api() as client:
        # ok: tool-input-to-url
        return client.get("/api/campaigns", params={"status": status}).json()["data"]["results"]


@mcp.tool()
def subscriber(email: Annotated[str, Field(max_length=320)]) -> dict:
    """Look up a subscriber by email."""
    # ok: sensitive-data-logged
    log.info("subscriber lookup requested")
    with api() as client:
        return client.get("/api/subscribers", params={"query": f"subscribers.email = '{email}'"}).json()


@mcp.tool()
def unsubscribe(email: str) -> str:
    """Unsubscribe an address from all lists."""
    # ruleid: sensitive-data-logged
    log.warning("unsubscribing %s using admin password %s", email, LISTMONK_PASSWORD)
    with api() as client:
        client.put("/api/subscribers/blocklist", json={"query": f"subscribers.email = '{email}'"})
    return "unsubscribed"


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, destructiveHint=False))
def delete_campaign(campaign_id: int) -> str:
    """Remove a draft campaign."""
    with api() as client:
        client.delete(f"/api/campaigns/{int(campaign_id)}")
    return "deleted"


@mcp.tool()
def fetch_template(template_url: str) -> str:
    """Fetch an HTML email template from a URL to import it."""
    # ruleid: tool-input-to-url
    return httpx.get(template_url, timeout=10, follow_redirects=True).text


app = Starlette(
    routes=[
        # ok: http-transport-without-auth
        Mount("/", app=mcp.streamable_http_app()),
    ],
    middleware=[Middleware(BearerAuth)],
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8765")))
