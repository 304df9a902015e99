import os
from pathlib import Path
from typing import Literal

from fastmcp import FastMCP

from drama.util.paths import safe_path

SCRIPTS_ROOT = Path(os.environ.get("DRAMA_SCRIPTS", "/srv/radio-drama/scripts"))
OUT_DIR = Path(os.environ.get("DRAMA_OUT", "/srv/radio-drama/out"))


def register(mcp: FastMCP) -> None:
    @mcp.tool
    def read_script(episode: str, draft: int = 1) -> str:
        """Fountain source of an episode draft."""
        path = safe_path(SCRIPTS_ROOT, f"{episode}/draft-{int(draft)}.fountain")
        # ok: tool-input-to-path
        return path.read_text(encoding="utf-8")

    @mcp.tool
    def render_script(episode: str, fmt: Literal["pdf", "html"] = "pdf") -> str:
        """Render the final draft of an episode with afterwriting."""
        src = SCRIPTS_ROOT / episode / "final.fountain"
        # ruleid: tool-input-to-shell
        status = os.system(f"afterwriting --source {src} --{fmt} {OUT_DIR}/{episode}.{fmt} --overwrite")
        return "rendered" if status == 0 else f"afterwriting exited with {status}"

    @mcp.tool
    # ruleid: weak-input-schema
    def append_note(episode, note: str) -> str:
        """Append a producer's note to an episode."""
        # ruleid: tool-input-to-path
        with open(SCRIPTS_ROOT / episode / "notes.md", "a", encoding="utf-8") as fh:
            fh.write(f"- {note}\n")
        return "noted"
