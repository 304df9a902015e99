from pathlib import Path
from typing import Annotated, Any

from pydantic import Field
from mcp.server.fastmcp import FastMCP

from models import ExportRequest, HoldRequest

mcp = FastMCP("ediscovery")
MATTERS = Path("/srv/ediscovery/matters").resolve()


def matter_dir(matter_id: str) -> Path:
    return MATTERS / matter_id


@mcp.tool()
# ok: weak-input-schema
def place_hold(req: HoldRequest) -> str:
    """Place a legal hold on a custodian's data."""
    (matter_dir(req.matter_id) / "holds").mkdir(parents=True, exist_ok=True)
    (matter_dir(req.matter_id) / "holds" / f"{req.custodian}.{req.scope}").touch()
    return f"hold placed on {req.custodian} ({req.scope})"


@mcp.tool()
def read_document(matter_id: str, doc_path: str) -> str:
    """Read an extracted text document of a matter."""
    # ruleid: tool-input-to-path
    return Path(matter_dir(matter_id), doc_path).read_text(encoding="utf-8", errors="replace")


@mcp.tool()
def read_production(
    matter_id: Annotated[str, Field(pattern=r"^M-\d{6}$")],
    doc_path: Annotated[str, Field(max_length=300)],
) -> str:
    """Read a document of a produced set."""
    base = (matter_dir(matter_id) / "production").resolve()
    target = (base / doc_path).resolve()
    if not target.is_relative_to(base):
        raise ValueError("document outside production set")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8", errors="replace")


@mcp.tool()
# ruleid: weak-input-schema
def tag_documents(matter_id: str, tags: dict) -> str:
    """Tag documents; tags maps document ids to tag lists."""
    out = matter_dir(matter_id) / "tags.tsv"
    with out.open("a") as fh:
        for doc, labels in tags.items():
            fh.write(f"{doc}\t{','.join(labels)}\n")
    return f"tagged {len(tags)} documents"


@mcp.tool()
# ruleid: weak-input-schema
def export_set(request: Any) -> str:
    """Export a review set."""
    req = ExportRequest.model_validate(request)
    return f"export of {req.matter_id} queued as {req.format}"


if __name__ == "__main__":
    mcp.run()
