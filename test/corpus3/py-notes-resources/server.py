"""notes-mcp: personal notes as resources, tools and prompts (fastmcp, stdio)."""
from __future__ import annotations

import base64
import marshal
import os
import sys

import jsonpickle
from fastmcp import FastMCP

from store import NOTES, build_index, load_index, note_file

mcp = FastMCP("notes-mcp")


@mcp.resource("notes://{name}")
def note(name: str) -> str:
    """A note by name (without .md)."""
    # ok: tool-input-to-path
    return note_file(name).read_text()


@mcp.resource("notes://folder/{folder}/{name}")
def note_in_folder(folder: str, name: str) -> str:
    """A note inside a sub-folder."""
    # ruleid: tool-input-to-path
    with open(os.path.join(NOTES, folder, name + ".md"), encoding="utf-8") as fh:
        return fh.read()


@mcp.resource("notes://index")
def index() -> list[str]:
    """Every note name."""
    return sorted(str(p.relative_to(NOTES))[:-3] for p in NOTES.rglob("*.md"))


@mcp.tool
def search(words: str) -> list[str]:
    """Notes containing all the words."""
    idx = load_index()
    sets = [idx.get(w.lower(), set()) for w in words.split()]
    return sorted(set.intersection(*sets)) if sets else []


@mcp.tool
def reindex() -> int:
    """Rebuild the search index; returns the number of distinct words."""
    return len(build_index())


@mcp.tool
def import_board(snapshot: str) -> str:
    """Import a kanban board exported by the desktop app (jsonpickle format)."""
    # ruleid: unsafe-deserialization
    board = jsonpickle.decode(snapshot)
    return f"imported board with {len(getattr(board, 'columns', []))} columns"


@mcp.tool
def import_code_cell(blob: str) -> str:
    """Restore a compiled code cell shared by a colleague (base64 of marshal.dumps)."""
    # ruleid: unsafe-deserialization
    code = marshal.loads(base64.b64decode(blob))
    return f"restored code object {code.co_name}"


@mcp.prompt()
def summarize(name: str) -> str:
    """Summarize a note."""
    # ok: tool-input-to-path
    return f"Summarize the following note in five bullet points:\n\n{note_file(name).read_text()}"


@mcp.prompt
def compare(first: str, second: str) -> str:
    """Compare two notes side by side."""
    # ruleid: tool-input-to-path
    a = (NOTES / first).read_text()
    b = note_file(second).read_text()
    return f"Compare these two notes and list the differences.\n\n--- {first}\n{a}\n\n--- {second}\n{b}"


if __name__ == "__main__":
    print(f"notes-mcp serving {NOTES}", file=sys.stderr)
    mcp.run()
