import os
import re
import subprocess
from pathlib import Path

import requests
from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

mcp = FastMCP("notes-and-sync", dependencies=["requests"])
VAULT = Path(os.environ.get("VAULT", "~/vault")).expanduser().resolve()
SYNC_SERVER = "https://sync.notes-app.example.com"


def search_vault(term: str, case_sensitive: bool = False) -> str:
    """Search notes in the vault with grep."""
    flags = "-rn" if case_sensitive else "-rni"
    return subprocess.run(f"grep {flags} -- {term!r} {VAULT}", shell=True, capture_output=True, text=True).stdout  # FLAW tool-input-to-shell


def open_note(relative_path: str) -> str:
    """Read a note from the vault."""
    note = VAULT.joinpath(relative_path).resolve()
    if VAULT != note and VAULT not in note.parents:
        raise PermissionError("note outside the vault")
    return note.read_text(encoding="utf-8")  # SAFE tool-input-to-path


def pull_note(note_id: str, server: str = SYNC_SERVER) -> str:
    """Pull a note from the sync server."""
    return requests.get(f"{server}/api/notes/{note_id}", timeout=10).text  # FLAW tool-input-to-url


mcp.add_tool(search_vault)
mcp.add_tool(open_note, name="open_note", description="Open a note", annotations=ToolAnnotations(readOnlyHint=True))
mcp.add_tool(pull_note)


@mcp.tool(name="append_to_note", description="Append a line to a note", annotations=ToolAnnotations(destructiveHint=False))
def append(note: str, line: str) -> str:
    target = VAULT / note
    with target.open("a", encoding="utf-8") as fh:  # FLAW tool-input-to-path
        fh.write(line + "\n")
    return "ok"


@mcp.tool(title="Publish note")
def publish(note_id: str) -> str:
    """Publish a note to the sync server."""
    r = requests.post(SYNC_SERVER + "/api/publish", json={"id": note_id}, timeout=10)  # SAFE tool-input-to-url
    return r.text


@mcp.tool()
def daily_note(date: str) -> str:
    """Open (or create) the daily note for a date (YYYY-MM-DD)."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise ValueError("date must be YYYY-MM-DD")
    path = VAULT / "daily" / f"{date}.md"
    path.touch(exist_ok=True)  # SAFE tool-input-to-path
    return path.read_text()  # SAFE tool-input-to-path


@mcp.tool()
def export_vault(dest_dir: str) -> str:
    """Export the vault as a zip archive to a folder."""
    import shutil
    archive = shutil.make_archive(os.path.join(dest_dir, "vault-export"), "zip", VAULT)  # FLAW tool-input-to-path
    return archive


if __name__ == "__main__":
    mcp.run()
