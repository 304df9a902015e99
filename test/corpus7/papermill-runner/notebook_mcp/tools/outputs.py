import base64
import pickle
from pathlib import Path

from ..app import OUTPUT_DIR, mcp


@mcp.tool()
def read_output(run_name: str) -> str:
    """Read an executed notebook from the runs folder."""
    path = (OUTPUT_DIR / run_name).resolve()
    if not path.is_relative_to(OUTPUT_DIR):
        raise ValueError("run must be inside the runs folder")
    # ok: tool-input-to-path
    return path.read_text(encoding="utf-8")[:200_000]


@mcp.tool()
def load_cached_result(blob: str) -> str:
    """Load a cached scrapbook result that a previous run returned (base64)."""
    # ruleid: unsafe-deserialization
    value = pickle.loads(base64.b64decode(blob))
    return repr(value)[:10_000]


@mcp.resource("runs://{run_name}/summary")
def run_summary(run_name: str) -> str:
    """Cell count, size and beginning of an executed notebook."""
    path = Path(OUTPUT_DIR, run_name)
    # ruleid: tool-input-to-path
    text = path.read_text(encoding="utf-8")
    cells = text.count('"cell_type"')
    return f"{run_name}: {cells} cells, {len(text)} bytes\n\n{text[:4000]}"
