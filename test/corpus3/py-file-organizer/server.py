"""file-organizer: tidy up a downloads folder (stdio)."""
from __future__ import annotations

import logging
import os
import shutil
from datetime import datetime
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

logging.basicConfig(level=logging.INFO)
log = logging.getLogger("file-organizer")

ROOT = Path(os.environ.get("ORGANIZER_ROOT", Path.home() / "Downloads")).resolve()

mcp = FastMCP("file-organizer")


def inside_root(relative: str) -> Path:
    candidate = (ROOT / relative).resolve()
    if not candidate.is_relative_to(ROOT):
        raise ValueError(f"{relative!r} escapes the organizer root")
    return candidate


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def list_folder(folder: str = ".") -> list[dict]:
    """List files in a folder under the root with size and modification time."""
    base = inside_root(folder)
    out = []
    for entry in sorted(base.iterdir()):
        st = entry.stat()
        out.append({"name": entry.name, "dir": entry.is_dir(), "size": st.st_size, "modified": datetime.fromtimestamp(st.st_mtime).isoformat()})
    return out


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def read_text(path: str, max_chars: int = 20000) -> str:
    """Read a text file under the root."""
    # ok: tool-input-to-path
    return inside_root(path).read_text(errors="replace")[:max_chars]


@mcp.tool()
def peek(path: str) -> str:
    """First 2 KB of a file, for quick identification."""
    # ruleid: tool-input-to-path
    with open(ROOT / path, "rb") as fh:
        return fh.read(2048).decode("utf-8", "replace")


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, idempotentHint=True))
def move_file(source: str, destination_folder: str) -> str:
    """Move a file into another folder (created if needed)."""
    src = inside_root(source)
    dest_dir = os.path.join(ROOT, destination_folder)
    os.makedirs(dest_dir, exist_ok=True)
    # ruleid: tool-input-to-path
    shutil.move(str(src), dest_dir)
    return f"moved {src.name} to {destination_folder}"


@mcp.tool()
def write_note(name: str, content: str) -> str:
    """Write a small text note next to the files."""
    target = os.path.join(str(ROOT), "notes", name)
    # ruleid: tool-input-to-path
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(content)
    return f"wrote {len(content)} characters"


@mcp.tool()
def rename(path: str, new_name: str) -> str:
    """Rename a file in place (new_name is a bare file name)."""
    src = inside_root(path)
    if os.sep in new_name or new_name in {"", ".", ".."}:
        raise ValueError("new_name must be a plain file name")
    # ok: tool-input-to-path
    src.rename(src.with_name(new_name))
    return "renamed"


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=False, destructiveHint=True))
def delete(path: str) -> str:
    """Delete a file under the root (cannot be undone)."""
    real = os.path.realpath(os.path.join(ROOT, path))
    if os.path.commonpath([real, str(ROOT)]) != str(ROOT):
        raise ValueError("outside the root")
    # ok: tool-input-to-path
    os.remove(real)
    log.info("deleted %s", real)
    return "deleted"


@mcp.tool()
def archive_old(folder: str, days: int = 90) -> str:
    """Move files older than N days into folder/_archive."""
    base = Path(ROOT, folder)
    archive = base / "_archive"
    # ruleid: tool-input-to-path
    archive.mkdir(exist_ok=True)
    cutoff = datetime.now().timestamp() - days * 86400
    moved = 0
    for entry in base.iterdir():
        if entry.is_file() and entry.stat().st_mtime < cutoff:
            entry.rename(archive / entry.name)
            moved += 1
    return f"archived {moved} files"


if __name__ == "__main__":
    mcp.run()
