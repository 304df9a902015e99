import os
import re
from pathlib import Path

import yaml

BIB_DIR = Path(os.environ.get("BIB_DIR", "~/papers/bib")).expanduser().resolve()
NOTES_DIR = BIB_DIR.parent / "notes"
ATTACHMENTS_DIR = BIB_DIR.parent / "attachments"
CITATION_KEY = re.compile(r"[A-Za-z0-9_:-]{1,80}")


def read_entry(key: str) -> str:
    if not CITATION_KEY.fullmatch(key):
        raise ValueError("bad citation key")
    # ok: tool-input-to-path
    with open(f"{BIB_DIR}/{key}.bib", encoding="utf-8") as fh:
        return fh.read()


def read_attachment(key: str, filename: str) -> bytes:
    # ruleid: tool-input-to-path
    with open(f"{ATTACHMENTS_DIR}/{key}/{filename}", "rb") as fh:
        return fh.read()


def read_note(key: str) -> dict:
    note = (NOTES_DIR / f"{key}.md").resolve()
    if not note.is_relative_to(NOTES_DIR.resolve()):
        raise ValueError("bad citation key")
    # ok: tool-input-to-path
    text = note.read_text(encoding="utf-8")
    _, front, body = text.split("---", 2) if text.startswith("---") else ("", "", text)
    return {"meta": yaml.safe_load(front) or {}, "body": body.strip()}


def parse_front_matter(front: str) -> dict:
    """Front matter pasted by the user; old notes carry !!python/object tags from the Zotero export."""
    # ruleid: unsafe-deserialization
    return yaml.load(front, Loader=yaml.UnsafeLoader) or {}
