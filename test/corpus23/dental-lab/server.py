"""Dental lab case tracker: crowns, bridges, milling queue."""
import json
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from lab_io import CASES_ROOT, archive_case, case_dir, load_margin_cache, send_to_mill
from models import CaseRef, MillJob, ScanUpload

mcp = FastMCP("dental-lab")


# ok: weak-input-schema
@mcp.tool()
def case_status(ref: CaseRef) -> str:
    """Status of a lab case."""
    # ok: tool-input-to-path
    meta = json.loads((case_dir(ref.case_id) / "case.json").read_text())
    return f"{ref.case_id}: {meta['stage']} (due {meta['due']})"


@mcp.tool()
def queue_milling(job: MillJob) -> str:
    """Queue a restoration on the milling machine."""
    stl = case_dir(job.case_id) / "design.stl"
    code = send_to_mill(stl, job.material, job.shade)
    return "queued" if code == 0 else f"mill queue error {code}"


@mcp.tool()
def scan_notes(upload: ScanUpload) -> str:
    """Read the notes file that came with an intraoral scan."""
    target = case_dir(upload.case_id) / upload.filename
    # ruleid: tool-input-to-path
    return target.read_text(encoding="utf-8")


@mcp.tool()
def margin_lines(case_id: str, cache_file: str = "margins.pkl") -> str:
    """Margin lines computed by the CAD step for a case."""
    cached = load_margin_cache(Path(CASES_ROOT, case_id, cache_file))
    return json.dumps({"teeth": sorted(cached.keys())})


@mcp.tool()
def archive(case_id: str) -> str:
    """Archive a delivered case."""
    archive_case(str(case_dir(case_id)))
    return "archived"


if __name__ == "__main__":
    mcp.run()
