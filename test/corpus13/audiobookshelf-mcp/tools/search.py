from typing import Annotated, Literal

from pydantic import Field

from tools import abs_get

TOOL = {"name": "search_library", "description": "Search a library for books, authors or series."}


# ok: weak-input-schema
def run(library_id: Annotated[str, Field(pattern=r"^lib_[a-z0-9]{18}$")], query: Annotated[str, Field(max_length=120)], kind: Literal["book", "author", "series"] = "book") -> str:
    data = abs_get(f"/api/libraries/{library_id}/search", q=query, limit=10)
    key = {"book": "book", "author": "authors", "series": "series"}[kind]
    hits = data.get(key, [])
    lines = []
    for hit in hits:
        media = hit.get("libraryItem", hit).get("media", {}).get("metadata", hit)
        lines.append(f"{media.get('title') or media.get('name')} — {media.get('authorName', '')}")
    return "\n".join(lines) or "nothing found"
