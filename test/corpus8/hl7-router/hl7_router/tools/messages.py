from pathlib import Path
from typing import Annotated

from pydantic import Field

from ..app import mcp, INBOX
from ..util import log_calls, inside, segments


@mcp.tool()
@log_calls
# ok: weak-input-schema
def parse_message(filename: Annotated[str, Field(pattern=r"^[A-Za-z0-9_.-]{1,80}\.hl7$")]) -> dict:
    """Parse one HL7 v2 message from the inbox and return its segments."""
    path = inside(INBOX, filename)
    # ok: tool-input-to-path
    text = path.read_text(encoding="latin-1")
    segs = segments(text)
    msh = segs[0] if segs else []
    return {"type": msh[8] if len(msh) > 8 else None, "segments": [s[0] for s in segs]}


@mcp.tool()
@log_calls
def peek_inbox(subdir: str = "", pattern: str = "*.hl7") -> list[str]:
    """List inbox messages, optionally inside a sub-folder."""
    folder = Path(INBOX) / subdir
    # ruleid: tool-input-to-path
    return sorted(p.name for p in folder.glob(pattern))[:200]
