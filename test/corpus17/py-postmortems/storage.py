"""Postmortem documents live as Markdown files with a YAML front-matter block."""

import re
from pathlib import Path

import yaml

ROOT = Path("/srv/postmortems").resolve()
SLUG = re.compile(r"^[a-z0-9-]{3,80}$")


def split_front_matter(text: str) -> tuple[dict, str]:
    if not text.startswith("---\n"):
        return {}, text
    head, _, body = text[4:].partition("\n---\n")
    # ok: unsafe-deserialization
    return yaml.safe_load(head) or {}, body


def parse_uploaded(text: str) -> dict:
    head = text.split("\n---\n", 1)[0].removeprefix("---\n")
    # ruleid: unsafe-deserialization
    return yaml.unsafe_load(head) or {}


def doc_path(slug: str) -> Path:
    if not SLUG.fullmatch(slug):
        raise ValueError("bad postmortem slug")
    return ROOT / f"{slug}.md"


def read_doc(slug: str) -> str:
    # ok: tool-input-to-path
    return doc_path(slug).read_text(encoding="utf-8")


def read_attachment(slug: str, name: str) -> bytes:
    # ruleid: tool-input-to-path
    return (ROOT / "attachments" / slug / name).read_bytes()
