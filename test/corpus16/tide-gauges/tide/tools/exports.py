import csv
import io
import os
from pathlib import Path

from ..app import mcp
from ..services import db

EXPORT_DIR = os.environ.get("TIDE_EXPORTS", "/var/lib/tides/exports")
EXPORT_ROOT = Path(EXPORT_DIR).resolve()


@mcp.tool()
def export_csv(station: str, since: str, filename: str) -> str:
    """Export readings to a CSV file in the export folder."""
    rows = db.fetch_readings(station, since, 10_000)
    target = os.path.join(EXPORT_DIR, filename)
    # ruleid: tool-input-to-path
    with open(target, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["observed_at", "water_level_m", "residual_m"])
        writer.writeheader()
        writer.writerows(rows)
    return f"{len(rows)} rows written to {target}"


@mcp.tool()
def read_export(name: str) -> str:
    """Return the first lines of an existing export."""
    candidate = (EXPORT_ROOT / name).resolve()
    if not candidate.is_relative_to(EXPORT_ROOT):
        raise ValueError("export name must stay in the export folder")
    # ok: tool-input-to-path
    text = candidate.read_text()
    head = io.StringIO(text).readlines()[:50]
    return "".join(head)
