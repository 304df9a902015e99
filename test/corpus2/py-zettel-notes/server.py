"""Zettelkasten notes: resources for notes, tools to edit, prompts to review."""

import os
import re
from datetime import datetime
from pathlib import Path

import httpx
from fastmcp import FastMCP

NOTES_DIR = os.environ.get("ZETTEL_DIR", os.path.expanduser("~/zettel"))
NOTE_ID = re.compile(r"^\d{12}-[a-z0-9-]{1,60}$")

mcp = FastMCP("zettel-notes")


@mcp.resource("zettel://notes/{note_id}")
def note(note_id: str) -> str:
    """One note by id."""
    if not NOTE_ID.fullmatch(note_id):
        raise ValueError("bad note id")
    # ok: tool-input-to-path
    with open(os.path.join(NOTES_DIR, note_id + ".md"), encoding="utf-8") as fh:
        return fh.read()


@mcp.resource("zettel://attachments/{name}")
def attachment(name: str) -> bytes:
    """Raw attachment bytes."""
    # ruleid: tool-input-to-path
    return Path(f"{NOTES_DIR}/attachments/{name}").read_bytes()


@mcp.resource("zettel://index")
def index() -> str:
    """All note ids with their titles."""
    out = []
    for p in sorted(Path(NOTES_DIR).glob("*.md")):
        first = p.read_text(encoding="utf-8").splitlines()[:1]
        out.append(f"{p.stem}: {first[0].lstrip('# ') if first else ''}")
    return "\n".join(out)


def _write_note(title: str, body: str, links: list[str] | None = None) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "note"
    note_id = f"{datetime.now():%Y%m%d%H%M}-{slug}"
    text = f"# {title}\n\n{body}\n"
    if links:
        text += "\n" + "\n".join(f"- [[{l}]]" for l in links if NOTE_ID.fullmatch(l)) + "\n"
    # ok: tool-input-to-path
    Path(NOTES_DIR, note_id + ".md").write_text(text, encoding="utf-8")
    return note_id


@mcp.tool
def new_note(title: str, body: str, links: list[str] | None = None) -> str:
    """Create a note; returns its id."""
    return _write_note(title, body, links)


@mcp.tool(
    # ruleid: annotation-mismatch
    annotations={"readOnlyHint": True, "idempotentHint": True},
)
def rename_note(note_id: str, new_slug: str) -> str:
    """Change the slug part of a note id."""
    old = os.path.join(NOTES_DIR, note_id + ".md")
    new = os.path.join(NOTES_DIR, note_id[:12] + "-" + new_slug + ".md")
    # ruleid: tool-input-to-path
    os.rename(old, new)
    return os.path.basename(new)


@mcp.prompt
def review_note(note_id: str) -> str:
    """Ask the model to review a note for clarity and missing links."""
    return f"Please review the Zettelkasten note zettel://notes/{note_id}. Suggest clearer wording and up to five links to related notes."


@mcp.prompt()
def daily_digest(day: str) -> str:
    """Summarize notes created on a day."""
    prefix = day.replace("-", "")
    if not re.fullmatch(r"\d{8}", prefix):
        return "Give the day as YYYY-MM-DD."
    # ok: tool-input-to-path
    ids = [p.stem for p in Path(NOTES_DIR).glob(f"{prefix}*.md")]
    return "Summarize these notes in five bullet points: " + ", ".join(ids)


@mcp.tool
def import_web_clip(url: str) -> str:
    """Save a web page as a new note."""
    # ruleid: tool-input-to-url
    page = httpx.get(url, follow_redirects=True, timeout=10).text
    return _write_note(title=url, body=page[:20000])


if __name__ == "__main__":
    mcp.run()
