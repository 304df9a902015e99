from __future__ import annotations

import base64
import os
from pathlib import Path

from ..app import PHOTO_ROOT, mcp


def _legacy_photo_path(rel: str) -> str:
    p = os.path.join(str(PHOTO_ROOT), rel)
    if not p.startswith(str(PHOTO_ROOT)):
        raise ValueError("outside photo root")
    return p


def _photo_path(rel: str) -> Path:
    p = (PHOTO_ROOT / rel).resolve()
    if not p.is_relative_to(PHOTO_ROOT):
        raise ValueError("outside photo root")
    return p


@mcp.tool()
def get_photo(path: str) -> str:
    """Return an inspection photo as base64 (path relative to the photo root)."""
    p = _photo_path(path)
    # ok: tool-input-to-path
    return base64.b64encode(p.read_bytes()).decode()


@mcp.tool()
def get_photo_legacy(path: str) -> str:
    """Old photo endpoint kept for the tablet app."""
    p = _legacy_photo_path(path)
    # ruleid: tool-input-to-path
    with open(p, "rb") as fh:
        return base64.b64encode(fh.read()).decode()


@mcp.tool()
def list_photos(site: str) -> list[str]:
    """List photos of a site."""
    folder = _photo_path(site)
    return sorted(f.name for f in folder.glob("*.jpg"))


@mcp.tool()
def store_photo(site: str, file_name: str, data_b64: str) -> str:
    """Store a new photo for a site."""
    folder = _photo_path(site)
    folder.mkdir(parents=True, exist_ok=True)
    target = _photo_path(os.path.join(site, os.path.basename(file_name)))
    # ok: tool-input-to-path
    target.write_bytes(base64.b64decode(data_b64))
    return str(target.relative_to(PHOTO_ROOT))
