import json
from typing import Any

from .. import db
from ..app import log, log_calls, mcp


@mcp.tool()
@log_calls
def transfusion_history(mrn: str) -> list[dict]:
    """Previous transfusions and reactions of a patient."""
    return db.patient_history(mrn)


@mcp.tool()
# ruleid: weak-input-schema
def record_crossmatch(result: Any, notes=None) -> str:
    """Store an electronic crossmatch result sent by the analyser bridge."""
    payload = result if isinstance(result, dict) else {"raw": result}
    log.info("crossmatch for sample %s", payload.get("sample_id", "?"))
    return json.dumps({"stored": True, "notes": bool(notes)})


@mcp.tool()
def antibody_panel(sample_id: str, panel: list[str]) -> dict:
    """Summarise an antibody identification panel."""
    # ok: unsafe-deserialization
    reactions = [json.loads(p) for p in panel]
    return {"sample_id": sample_id, "reactive": sum(1 for r in reactions if r.get("reactive"))}
