from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Literal

import yaml
from pydantic import BaseModel, Field

from ..app import CHECKLIST_ROOT, DATA_ROOT, mcp


class Finding(BaseModel):
    item: str = Field(max_length=120)
    severity: Literal["info", "minor", "major", "critical"]
    note: str = Field(default="", max_length=1000)


class InspectionReport(BaseModel):
    site: str = Field(pattern=r"^[A-Z]{2}\d{3}$")
    inspector: str = Field(max_length=80)
    checklist: Literal["extinguishers", "ladders", "guard-rails", "first-aid"]
    findings: list[Finding] = []


_reports: list[dict] = []


@mcp.tool()
# ok: weak-input-schema
def file_report(report: InspectionReport) -> str:
    """File an inspection report with its findings."""
    rec = report.model_dump()
    rec["filed_at"] = datetime.now(timezone.utc).isoformat()
    _reports.append(rec)
    return f"report {len(_reports)} filed ({len(report.findings)} findings)"


@mcp.tool()
# ruleid: weak-input-schema
def submit_answers(site: str, answers: dict) -> str:
    """Submit raw checklist answers (item -> pass/fail) for a site."""
    failed = [k for k, v in answers.items() if str(v).lower() not in ("pass", "ok", "yes")]
    return json.dumps({"site": site, "failed": failed})


@mcp.tool()
def get_checklist(name: Literal["extinguishers", "ladders", "guard-rails", "first-aid"]) -> dict:
    """Return a standard checklist template."""
    text = (CHECKLIST_ROOT / f"{name}.yaml").read_text(encoding="utf-8")
    # ok: unsafe-deserialization
    return yaml.safe_load(text)


@mcp.tool()
def import_checklist(yaml_text: str) -> str:
    """Import a custom checklist exported from the old inspection app (YAML)."""
    # ruleid: unsafe-deserialization
    data = yaml.load(yaml_text, Loader=yaml.UnsafeLoader)
    items = data.get("items", []) if isinstance(data, dict) else []
    return f"imported checklist with {len(items)} items"


@mcp.tool()
def import_checklist_json(json_text: str) -> str:
    """Import a custom checklist as JSON."""
    # ok: unsafe-deserialization
    data = json.loads(json_text)
    return f"imported checklist with {len(data.get('items', []))} items"


@mcp.tool()
def archive_reports(label: str) -> str:
    """Write all filed reports to an archive file named after the label."""
    target = DATA_ROOT / "archive" / f"{label}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    # ruleid: tool-input-to-path
    with open(target, "w", encoding="utf-8") as fh:
        json.dump(_reports, fh)
    return str(target)
