"""Home NAS helper: browse Samba shares and manage Samba users."""

import asyncio
import os
import shutil
from pathlib import Path

from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

SHARES_ROOT = Path(os.environ.get("NAS_SHARES", "/srv/samba")).resolve()

mcp = FastMCP("samba-nas")


def share_path(share: str, rel: str = "") -> Path:
    base = (SHARES_ROOT / share).resolve()
    target = (base / rel).resolve()
    if not base.is_relative_to(SHARES_ROOT) or not target.is_relative_to(base):
        raise PermissionError("path escapes the share")
    return target


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def list_dir(share: str, rel: str = "") -> list[str]:
    """Entries of a folder inside a share."""
    folder = share_path(share, rel)
    return sorted(p.name + ("/" if p.is_dir() else "") for p in folder.iterdir())


@mcp.tool()
def read_text_file(share: str, rel: str) -> str:
    """Contents of a small text file inside a share."""
    # ruleid: tool-input-to-path
    return Path(SHARES_ROOT, share, rel).read_text(encoding="utf-8", errors="replace")[:100_000]


@mcp.tool()
def read_text_file_safe(share: str, rel: str) -> str:
    """Contents of a small text file, with the path checked against the share."""
    # ok: tool-input-to-path
    return share_path(share, rel).read_text(encoding="utf-8", errors="replace")[:100_000]


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, title="Tidy up a folder"))
def empty_recycle_bin(share: str) -> str:
    """Empties the .recycle folder of a share."""
    bin_dir = share_path(share, ".recycle")
    count = sum(1 for _ in bin_dir.iterdir()) if bin_dir.exists() else 0
    shutil.rmtree(bin_dir, ignore_errors=True)
    return f"removed {count} entries"


@mcp.tool(annotations=ToolAnnotations(destructiveHint=True))
def delete_from_share(share: str, rel: str) -> str:
    """Deletes one file or folder inside a share."""
    target = os.path.join(SHARES_ROOT, share, rel)
    if os.path.isdir(target):
        # ruleid: tool-input-to-path
        shutil.rmtree(target)
    else:
        # ruleid: tool-input-to-path
        os.remove(target)
    return f"deleted {rel}"


@mcp.tool()
async def add_samba_user(username: str, password: str) -> str:
    """Creates a Samba account for an existing system user."""
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"(echo '{password}'; echo '{password}') | smbpasswd -s -a {username}", stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    return "user added" if proc.returncode == 0 else err.decode()


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def share_usage() -> dict[str, int]:
    """Disk usage per share in bytes."""
    usage = {}
    for share in SHARES_ROOT.iterdir():
        if share.is_dir():
            usage[share.name] = sum(f.stat().st_size for f in share.rglob("*") if f.is_file())
    return usage


if __name__ == "__main__":
    mcp.run()
