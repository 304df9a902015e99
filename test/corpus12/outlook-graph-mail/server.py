"""Outlook mail over Microsoft Graph, served over HTTP with fastmcp 2."""
import os
from pathlib import Path

import httpx
from fastmcp import FastMCP
from fastmcp.server.dependencies import get_http_headers

from graph import GRAPH, app_token, graph_get, message_summary

DOWNLOAD_DIR = os.environ.get("OUTLOOK_DOWNLOAD_DIR", str(Path.home() / "Downloads" / "outlook"))
# ruleid: bind-all-interfaces
HOST = os.environ.get("HOST", "0.0.0.0")
PORT = int(os.environ.get("PORT", "8000"))

mcp = FastMCP(name="outlook-graph-mail")


def _user_headers() -> dict:
    incoming = get_http_headers()
    # ruleid: token-passthrough
    return {"Authorization": incoming.get("authorization", ""), "Accept": "application/json"}


@mcp.tool
async def list_messages(folder: str = "inbox", top: int = 10) -> list[dict]:
    """List the latest messages of a mail folder of the signed-in user."""
    async with httpx.AsyncClient(base_url=GRAPH, headers=_user_headers()) as client:
        r = await client.get(f"/me/mailFolders/{folder}/messages", params={"$top": min(top, 50), "$orderby": "receivedDateTime desc"})
        r.raise_for_status()
    return [message_summary(m) for m in r.json()["value"]]


@mcp.tool
async def shared_mailbox_unread(mailbox: str) -> int:
    """Unread count of a shared mailbox (read with the app's own credentials)."""
    token = await app_token()
    # ok: token-passthrough
    headers = {"Authorization": f"Bearer {token}"}
    data = await graph_get(f"/users/{mailbox}/mailFolders/inbox", headers)
    return int(data.get("unreadItemCount", 0))


@mcp.tool
async def download_attachment(message_id: str, attachment_id: str, save_as: str) -> str:
    """Save a message attachment into the download folder."""
    async with httpx.AsyncClient(base_url=GRAPH, headers=_user_headers()) as client:
        r = await client.get(f"/me/messages/{message_id}/attachments/{attachment_id}/$value")
        r.raise_for_status()
    os.makedirs(DOWNLOAD_DIR, exist_ok=True)
    # ruleid: tool-input-to-path
    with open(os.path.join(DOWNLOAD_DIR, save_as), "wb") as fh:
        fh.write(r.content)
    return f"saved {len(r.content)} bytes"


if __name__ == "__main__":
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host=HOST, port=PORT)
