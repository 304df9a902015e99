"""Read-only access to a local Google Drive mirror (kept in sync by rclone/drive desktop)."""
import os
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from paths import MIRROR_ROOT, resolve_in_mirror
from convert import docx_to_markdown, sheet_to_csv

mcp = FastMCP("google-drive-mirror")


@mcp.resource("drive://{file_path}")
def drive_file(file_path: str) -> str:
    """Contents of a file in the Drive mirror."""
    # ruleid: tool-input-to-path
    return Path(MIRROR_ROOT, file_path).read_text(encoding="utf-8", errors="replace")


@mcp.tool()
def export_doc(name: str, fmt: str = "markdown") -> str:
    """Export a Google Doc from the mirror (as .docx) to Markdown."""
    path = resolve_in_mirror(name)
    if fmt == "markdown":
        return docx_to_markdown(path)
    # ok: tool-input-to-path
    return path.read_bytes().decode("utf-8", errors="replace")


@mcp.tool()
def sheet_csv(name: str, sheet: str | None = None) -> str:
    """Export a spreadsheet of the mirror to CSV."""
    full = MIRROR_ROOT + "/" + name
    if not full.startswith(MIRROR_ROOT):
        raise ValueError("outside the mirror")
    # ruleid: tool-input-to-path
    with open(full, "rb") as fh:
        return sheet_to_csv(fh.read(), sheet)


@mcp.tool()
def recent_files(limit: int = 20) -> list[str]:
    """Most recently modified files of the mirror."""
    files = [p for p in Path(MIRROR_ROOT).rglob("*") if p.is_file()]
    files.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return [str(p.relative_to(MIRROR_ROOT)) for p in files[: max(1, min(limit, 200))]]


@mcp.prompt()
def summarise_folder(folder: str) -> str:
    """Ask for a summary of every document in a folder."""
    return f"Summarise each document under drive://{folder}/ in two sentences, then list open questions."


if __name__ == "__main__":
    mcp.run()
