import os
from pathlib import Path

from ..app import client, mcp
from ..helpers import safe_join

ATTACHMENT_DIR = Path(os.environ.get("CONFLUENCE_ATTACHMENT_DIR", "~/confluence-attachments")).expanduser()
EXPORT_DIR = Path(os.environ.get("CONFLUENCE_EXPORT_DIR", "~/confluence-exports")).expanduser()


@mcp.tool()
async def save_attachment(page_id: int, attachment_id: str, filename: str) -> str:
    """Download an attachment of a page into the local attachment folder."""
    async with client() as c:
        meta = await c.get(f"/wiki/api/v2/attachments/{attachment_id}")
        meta.raise_for_status()
        blob = await c.get(meta.json()["downloadLink"])
    dest = ATTACHMENT_DIR / str(page_id) / filename
    dest.parent.mkdir(parents=True, exist_ok=True)
    # ruleid: tool-input-to-path
    dest.write_bytes(blob.content)
    return f"saved {len(blob.content)} bytes to {dest}"


@mcp.tool()
def read_export(name: str) -> str:
    """Read a previously exported space (HTML) from the export folder."""
    path = safe_join(EXPORT_DIR, name)
    # ok: tool-input-to-path
    return path.read_text(encoding="utf-8")


@mcp.tool()
def list_exports() -> list[str]:
    """List exported files."""
    return sorted(p.name for p in EXPORT_DIR.glob("*.html"))
