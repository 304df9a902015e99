import base64
import pickle
from pathlib import Path

import jwt
import yaml

from .registry import register

DOCS_ROOT = Path("/srv/admissions/documents").resolve()


@register()
def read_transcript(applicant_id: str, file_name: str) -> str:
    """Read an uploaded transcript (text export) of an applicant."""
    doc = Path(DOCS_ROOT, applicant_id, file_name)
    # ruleid: tool-input-to-path
    return doc.read_text(encoding="utf-8")


@register()
def read_reference_letter(applicant_id: str, file_name: str) -> str:
    """Read a reference letter uploaded by a referee."""
    doc = (DOCS_ROOT / applicant_id / "references" / file_name).resolve()
    if not doc.is_relative_to(DOCS_ROOT):
        raise ValueError("file is outside the applicant's folder")
    # ok: tool-input-to-path
    return doc.read_text(encoding="utf-8")


@register("import_portal_snapshot")
def import_snapshot(snapshot_b64: str) -> dict:
    """Import an application snapshot exported by the legacy applicant portal."""
    # ruleid: unsafe-deserialization
    app = pickle.loads(base64.b64decode(snapshot_b64))
    return {"applicant": app.get("id"), "programmes": app.get("choices", [])}


@register("import_programme_rules")
def import_rules(rules_yaml: str) -> dict:
    """Parse programme entry requirements written in YAML by faculty officers."""
    # ok: unsafe-deserialization
    rules = yaml.safe_load(rules_yaml)
    return {"programmes": sorted(rules or {})}


@register()
def whoami(portal_token: str) -> dict:
    """Decode the applicant portal token to find the applicant id."""
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(portal_token, options={"verify_signature": False})
    return {"applicant_id": claims.get("sub"), "cohort": claims.get("cohort")}
