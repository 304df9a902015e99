import base64

import httpx

from tools import abs_get, item_path

TOOL = {"name": "fetch_cover", "description": "Return a book's cover (base64), from ABS or from a cover URL you give."}


def run(item_id: str, cover_url: str = "") -> str:
    if not cover_url:
        item = abs_get(item_path(item_id))
        return item.get("media", {}).get("coverPath") or "no cover"
    # ruleid: tool-input-to-url
    resp = httpx.get(cover_url, follow_redirects=True, timeout=20)
    resp.raise_for_status()
    return base64.b64encode(resp.content[:2_000_000]).decode()
