import csv
import os
from pathlib import Path

DROP = Path(os.environ.get("STATEMENT_DROP", "/srv/reconcile/drop")).resolve()
REPORTS = Path(os.environ.get("REPORTS_DIR", "/srv/reconcile/reports")).resolve()


def import_statement(filename: str) -> list[dict]:
    path = (DROP / filename).resolve()
    if DROP not in path.parents:
        raise ValueError("statement must be in the drop folder")
    # ok: tool-input-to-path
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def export_report(out_name: str, rows: list[dict]) -> str:
    target = str(REPORTS) + "/" + out_name
    if not target.startswith(str(REPORTS)):
        raise ValueError("reports folder only")
    # ruleid: tool-input-to-path
    with open(target, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=sorted(rows[0]) if rows else ["id"])
        writer.writeheader()
        writer.writerows(rows)
    return target
