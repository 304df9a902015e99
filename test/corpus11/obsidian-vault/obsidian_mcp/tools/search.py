import asyncio
import re
import subprocess
from typing import Literal

from ..app import VAULT_ROOT, mcp

TAG_RE = re.compile(r"^[A-Za-z0-9_/-]{1,64}$")


@mcp.tool()
def find_tag(tag: str) -> list[str]:
    """List notes that carry a #tag."""
    if not TAG_RE.fullmatch(tag):
        raise ValueError("invalid tag")
    # ok: tool-input-to-shell
    out = subprocess.run(["grep", "-rlw", "--include=*.md", f"#{tag}", str(VAULT_ROOT)], capture_output=True, text=True, check=False)
    return [line.removeprefix(str(VAULT_ROOT) + "/") for line in out.stdout.splitlines()]


@mcp.tool()
async def grep_vault(pattern: str, context: int = 0) -> str:
    """Search all notes with grep (extended regex)."""
    cmd = "grep -rniE --include='*.md' -C %d '%s' %s" % (context, pattern, VAULT_ROOT)
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, _ = await proc.communicate()
    return stdout.decode(errors="replace")[:50_000]


@mcp.tool()
# ok: weak-input-schema
def recent_notes(order: Literal["modified", "created"] = "modified", limit: int = 20) -> list[str]:
    """Most recently modified (or created) notes."""
    key = (lambda p: p.stat().st_mtime) if order == "modified" else (lambda p: p.stat().st_ctime)
    notes = sorted(VAULT_ROOT.rglob("*.md"), key=key, reverse=True)
    return [str(p.relative_to(VAULT_ROOT)) for p in notes[:limit]]
