import functools
import logging
import shutil
from datetime import datetime, timezone
from typing import Annotated

from pydantic import Field

from ..app import TRASH_DIR, VAULT_ROOT, mcp
from ..paths import attachment_path, note_path

log = logging.getLogger(__name__)


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("tool %s called", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@mcp.tool()
@log_calls
def read_note(path: Annotated[str, Field(description="Vault-relative path, e.g. Projects/roadmap.md")]) -> str:
    """Return the Markdown of one note."""
    # ok: tool-input-to-path
    return note_path(path).read_text(encoding="utf-8")


@mcp.tool()
@log_calls
def append_to_daily(text: str, day: str | None = None) -> str:
    """Append a line to a daily note (YYYY-MM-DD, default today)."""
    day = day or datetime.now(timezone.utc).strftime("%Y-%m-%d")
    target = VAULT_ROOT / "Daily" / f"{day}.md"
    # ruleid: tool-input-to-path
    with open(target, "a", encoding="utf-8") as fh:
        fh.write(f"\n- {text}")
    return f"appended to {target.relative_to(VAULT_ROOT)}"


@mcp.tool()
def read_attachment(name: str) -> str:
    """Return a text attachment (canvas, csv, txt) stored in the vault."""
    # ruleid: tool-input-to-path
    return attachment_path(name).read_text(encoding="utf-8", errors="replace")


@mcp.tool()
def trash_note(path: str) -> str:
    """Move a note to the vault's .trash folder."""
    source = note_path(path)
    TRASH_DIR.mkdir(exist_ok=True)
    # ok: tool-input-to-path
    shutil.move(source, TRASH_DIR / source.name)
    return f"moved {path} to .trash"
