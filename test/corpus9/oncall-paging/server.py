import logging
import os

import requests
from mcp.server.fastmcp import FastMCP

from escalation import notify_webhook, page_user

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("oncall")

mcp = FastMCP("oncall-paging", host="127.0.0.1", port=8765)
ONCALL_API = "https://oncall.corp.example/api/v1"
API_TOKEN = os.environ["ONCALL_TOKEN"]


@mcp.tool()
def who_is_on_call(schedule: str) -> str:
    """Current on-call engineer for a schedule."""
    # ok: tool-input-to-url
    r = requests.get(f"{ONCALL_API}/schedules/", params={"name": schedule}, headers={"Authorization": API_TOKEN}, timeout=10)
    return r.text


@mcp.tool()
def page(user: str, message: str) -> str:
    """Page an engineer."""
    # ruleid: sensitive-data-logged
    log.info("paging %s with token %s", user, API_TOKEN)
    return page_user(user, message)


@mcp.tool()
def forward_alert(webhook_url: str, summary: str) -> str:
    """Forward an alert summary to a chat webhook."""
    return notify_webhook(webhook_url, summary)


@mcp.tool()
def escalation_chain(team: str) -> str:
    """Escalation chain of a team."""
    try:
        r = requests.get(f"{ONCALL_API}/teams/{team}/escalation", headers={"Authorization": API_TOKEN}, timeout=10)
        r.raise_for_status()
        return r.text
    except requests.RequestException as e:
        # ruleid: error-detail-leak
        return f"lookup failed: {e!r} (env: {dict(os.environ)})"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="streamable-http")
