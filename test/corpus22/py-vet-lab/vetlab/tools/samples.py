from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field

from ..app import mcp
from ..services.shell import print_label

REPORT_ROOT = Path("/srv/vetlab/reports").resolve()


class SampleRef(BaseModel):
    clinic: str = Field(pattern=r"^[a-z0-9-]{2,30}$")
    accession: str = Field(pattern=r"^\d{8}$")


@mcp.tool()
def read_report(relative_path: str) -> str:
    """Read a finished lab report (PDF text layer) from the report share."""
    target = (REPORT_ROOT / relative_path).resolve()
    if not target.is_relative_to(REPORT_ROOT):
        raise ValueError("report path outside the share")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8")


@mcp.tool()
def clinic_report(clinic: str, filename: str) -> str:
    """Read a report from a clinic's folder."""
    path = f"{REPORT_ROOT}/{clinic}/{filename}"
    if not path.startswith(str(REPORT_ROOT)):
        raise ValueError("bad path")
    # ruleid: tool-input-to-path
    with open(path, encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
# ok: weak-input-schema
def sample_label(ref: SampleRef) -> str:
    """Print a barcode label for a sample."""
    print_label(f"{ref.clinic}-{ref.accession}")
    return "label sent to printer"


@mcp.tool()
def attach_note(accession: Annotated[str, Field(pattern=r"^\d{8}$")], note: str) -> str:
    """Append a pathologist note to an accession's report folder."""
    # ok: tool-input-to-path
    with open(REPORT_ROOT / "notes" / f"{accession}.txt", "a", encoding="utf-8") as fh:
        fh.write(note.strip() + "\n")
    return "note saved"
