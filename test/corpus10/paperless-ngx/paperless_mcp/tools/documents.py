from typing import Literal

from ..app import PAPERLESS_URL, mcp
from ..client import api, log_calls


def _fmt(doc: dict) -> str:
    tags = ", ".join(str(t) for t in doc.get("tags", []))
    return f"#{doc['id']} {doc['created_date']} {doc['title']} [{tags}]"


@mcp.tool()
@log_calls
def search_documents(query: str, ordering: Literal["created", "-created", "title", "-added"] = "-created", page: int = 1) -> str:
    """Full-text search over the document archive."""
    data = api("/documents/", query=query, ordering=ordering, page=page, page_size=25)
    return "\n".join(_fmt(d) for d in data["results"]) or "no documents"


@mcp.tool()
@log_calls
def document_text(doc_id: int) -> str:
    """Return the OCR'd content of one document."""
    doc = api(f"/documents/{int(doc_id)}/")
    return doc.get("content", "")


@mcp.tool()
def list_tags() -> list[str]:
    """All tags with their document counts."""
    data = api("/tags/", page_size=500)
    return [f"{t['name']} ({t['document_count']})" for t in data["results"]]


@mcp.tool()
def document_link(doc_id: int) -> str:
    """Web UI link for a document."""
    return f"{PAPERLESS_URL}/documents/{int(doc_id)}/details"
