import os
import shutil
from pathlib import Path
from urllib.parse import urlparse

from ..app import CONSUME_DIR, EXPORT_DIR, mcp
from ..client import get, log_calls

CONSUME = Path(CONSUME_DIR)
EXPORTS = Path(EXPORT_DIR).resolve()


@mcp.tool()
@log_calls
def ingest_from_url(url: str, filename: str | None = None) -> str:
    """Download a PDF from a link (e.g. an e-mailed invoice) into the consume folder."""
    name = filename or os.path.basename(urlparse(url).path) or "download.pdf"
    resp = get(url, stream=True)
    resp.raise_for_status()
    target = CONSUME / Path(name).name
    with open(target, "wb") as fh:
        shutil.copyfileobj(resp.raw, fh)
    return f"queued {target.name} for consumption"


@mcp.tool()
def peek_consume_file(path: str) -> str:
    """Show the first bytes of a file waiting in the consume folder."""
    # ruleid: tool-input-to-path
    data = Path(CONSUME_DIR, path).read_bytes()[:2048]
    return data.decode("latin-1")


@mcp.tool()
def read_export(name: str) -> str:
    """Read a manifest or document from the last document_exporter run."""
    target = (EXPORTS / name).resolve()
    if not target.is_relative_to(EXPORTS):
        raise ValueError("export files only")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8", errors="replace")[:50_000]
