from typing import Annotated

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import Field

import bw

mcp = FastMCP("bitwarden-readonly")

REDACT = {"password", "totp", "notes"}


def _redacted(item: dict) -> dict:
    login = {k: ("•••" if k in REDACT else v) for k, v in (item.get("login") or {}).items()}
    return {"id": item["id"], "name": item["name"], "folderId": item.get("folderId"), "login": login}


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def search(query: Annotated[str, Field(min_length=2, max_length=100)], folder_id: Annotated[str | None, Field(pattern=r"^[0-9a-f-]{36}$")] = None) -> list[dict]:
    """Search vault items by name or URL. Secrets are redacted."""
    return [_redacted(i) for i in bw.search_items(query, folder_id)]


@mcp.tool()
def item_details(item_id: str) -> dict:
    # ok: tool-description-injection
    """Show an item's metadata with secrets redacted. Not for SSH keys: use the ssh-agent integration for those."""
    return _redacted(bw.get_item(item_id))


@mcp.tool()
def totp_code(item_id: str) -> str:
    """Current TOTP code of an item (for logging into staging systems)."""
    return bw.get_totp(item_id)


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, destructiveHint=False))
def lock_vault() -> str:
    """Lock the vault (invalidates the current session)."""
    return bw.lock() or "locked"


if __name__ == "__main__":
    mcp.run()
