import base64
import json
import pickle
from typing import Any

import yaml

from registry import register
from codec import decode_snapshot

GROWTH_DB: dict[str, list[dict]] = {}


@register
def import_growth_log(payload: str) -> str:
    """Import a longline growth log (JSON export of the field tablet)."""
    # ok: unsafe-deserialization
    entries = json.loads(payload)
    for e in entries:
        GROWTH_DB.setdefault(e["line"], []).append(e)
    return f"{len(entries)} entries imported"


@register
def load_seeding_plan(plan_yaml: str) -> str:
    """Validate a seeding plan written in YAML."""
    # ruleid: unsafe-deserialization
    plan = yaml.load(plan_yaml, Loader=yaml.Loader)
    return f"plan for {len(plan.get('lines', []))} lines"


@register
def check_harvest_plan(plan_yaml: str) -> str:
    """Check a harvest plan YAML for missing fields."""
    # ok: unsafe-deserialization
    plan = yaml.safe_load(plan_yaml) or {}
    missing = [k for k in ("site", "date", "lines") if k not in plan]
    return "ok" if not missing else "missing: " + ", ".join(missing)


@register
def restore_buoy_snapshot(blob: str) -> str:
    """Restore the state of a sensor buoy from a base64 snapshot."""
    state = decode_snapshot(blob)
    return f"buoy {state['id']} restored"


@register
def merge_model_cache(chunks: list[str]) -> str:
    """Merge cached growth-model chunks sent by the analysis notebook."""
    # ruleid: unsafe-deserialization
    models = [pickle.loads(base64.b64decode(c)) for c in chunks]
    return f"{len(models)} model chunks merged"


@register
# ruleid: weak-input-schema
def update_line_metadata(line_id, metadata: dict[str, Any]) -> str:
    """Update arbitrary metadata of a longline."""
    GROWTH_DB.setdefault(str(line_id), []).append({"meta": metadata})
    return "updated"
