import os
from datetime import date
from typing import Literal

import yaml
from pydantic import Field

from app import DATA_DIR, log_calls, logger, mcp

LOG_FILE = os.path.join(DATA_DIR, "inspections.yaml")


def _load_log() -> list[dict]:
    with open(LOG_FILE, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or []


@mcp.tool()
@log_calls
# ok: weak-input-schema
def hive_history(hive_id: str = Field(pattern=r"^H\d{2,3}$"), last: int = Field(default=5, ge=1, le=50)) -> list[dict]:
    # ok: tool-description-injection
    """Last inspections of a hive: brood pattern, queen seen, temper, supers and frames of stores."""
    entries = [e for e in _load_log() if e.get("hive") == hive_id]
    return entries[-last:]


@mcp.tool()
@log_calls
def record_inspection(hive_id: str, queen_seen: bool, temper: Literal["calm", "nervous", "aggressive"], notes: str = "") -> str:
    """Append an inspection to the log."""
    entries = _load_log()
    entries.append({"hive": hive_id, "date": date.today().isoformat(), "queen_seen": queen_seen, "temper": temper, "notes": notes})
    with open(LOG_FILE, "w", encoding="utf-8") as fh:
        yaml.safe_dump(entries, fh, sort_keys=False)
    logger.info("inspection recorded for hive %s", hive_id)
    return f"{len(entries)} inspections on file"


@mcp.tool()
@log_calls
def import_inspections(yaml_text: str) -> str:
    """Import inspections exported from the BeeKeepPal app (YAML)."""
    # ruleid: unsafe-deserialization
    imported = yaml.load(yaml_text, Loader=yaml.Loader)
    entries = _load_log() + list(imported or [])
    with open(LOG_FILE, "w", encoding="utf-8") as fh:
        yaml.safe_dump(entries, fh, sort_keys=False)
    return f"imported {len(imported or [])} inspections"


@mcp.tool()
@log_calls
def validate_inspections(yaml_text: str) -> str:
    """Check an inspection export before importing it."""
    # ok: unsafe-deserialization
    data = yaml.load(yaml_text, Loader=yaml.SafeLoader)
    bad = [i for i, e in enumerate(data or []) if not isinstance(e, dict) or "hive" not in e]
    return "ok" if not bad else f"entries without a hive: {bad}"
