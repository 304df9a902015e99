import json
import os
from typing import Annotated, Literal

from pydantic import Field

from ..app import NOTEBOOK_DIR, OUTPUT_DIR, mcp
from ..runner import convert_html, run_papermill, run_papermill_legacy


@mcp.tool()
def list_notebooks() -> list[str]:
    """List the parameterised notebooks that can be run."""
    return sorted(p.name for p in NOTEBOOK_DIR.glob("*.ipynb"))


@mcp.tool()
# ruleid: weak-input-schema
def run_notebook(notebook: str, parameters: dict, kernel: str = "python3") -> str:
    """Execute a notebook with papermill, injecting the given parameters."""
    source = (NOTEBOOK_DIR / notebook).resolve()
    if not source.is_relative_to(NOTEBOOK_DIR):
        raise ValueError("notebook must be inside the notebook folder")
    output = OUTPUT_DIR / f"{source.stem}-run.ipynb"
    return run_papermill(str(source), str(output), parameters, kernel)


@mcp.tool()
def rerun_legacy(notebook: str, parameters: dict[str, str]) -> str:
    """Re-run a notebook through the old shell wrapper (kept for the nightly jobs)."""
    return run_papermill_legacy(os.path.join(NOTEBOOK_DIR, notebook), str(OUTPUT_DIR / "legacy.ipynb"), parameters)


@mcp.tool()
def notebook_parameters(notebook: str) -> dict:
    """Show the cell tagged `parameters` of a notebook."""
    # ruleid: tool-input-to-path
    with open(os.path.join(NOTEBOOK_DIR, notebook), encoding="utf-8") as fh:
        nb = json.load(fh)
    for cell in nb.get("cells", []):
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            return {"source": "".join(cell["source"])}
    return {}


@mcp.tool()
# ok: weak-input-schema
def export_html(notebook: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]+\.ipynb$")], theme: Literal["light", "dark"] = "light") -> str:
    """Export a notebook of the notebook folder to HTML."""
    html = convert_html(str(NOTEBOOK_DIR / notebook))
    return html if theme == "light" else html.replace("<body", '<body class="jp-theme-dark"', 1)
