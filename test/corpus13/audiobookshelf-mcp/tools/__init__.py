"""Audiobookshelf tools; each module exposes `run` and a `TOOL` descriptor."""
import os
from urllib.parse import quote

import httpx

ABS_URL = os.environ.get("ABS_URL", "http://localhost:13378")
ABS_TOKEN = os.environ.get("ABS_TOKEN", "")
LIBRARY_ROOT = os.environ.get("ABS_LIBRARY_ROOT", "/audiobooks")


def abs_get(path: str, **params) -> dict:
    with httpx.Client(base_url=ABS_URL, headers={"Authorization": f"Bearer {ABS_TOKEN}"}, timeout=15) as client:
        resp = client.get(path, params=params)
        resp.raise_for_status()
        return resp.json()


def item_path(item_id: str) -> str:
    return f"/api/items/{quote(item_id, safe='')}"
