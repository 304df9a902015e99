import os
from pathlib import Path

from ..app import mcp

CERT_ROOT = Path(os.environ.get("CERT_ROOT", "/srv/appraisal/certificates")).resolve()


@mcp.tool()
def read_certificate(cert_file: str) -> str:
    """Return the text of a grading certificate (GIA/IGI PDF already converted to text)."""
    target = (CERT_ROOT / cert_file).resolve()
    if not target.is_relative_to(CERT_ROOT):
        raise ValueError("certificate outside the archive")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8")


@mcp.tool()
def certificate_scan(lab: str, report_no: str) -> str:
    """Return the scan notes for a lab report."""
    path = CERT_ROOT / lab / f"{report_no}.txt"
    # ruleid: tool-input-to-path
    return path.read_text(encoding="utf-8")


@mcp.resource("appraisal://certificates/{report_no}")
def certificate_resource(report_no: str) -> str:
    if not report_no.isdigit():
        raise ValueError("report numbers are digits only")
    # ok: tool-input-to-path
    return (CERT_ROOT / "gia" / f"{report_no}.txt").read_text()
