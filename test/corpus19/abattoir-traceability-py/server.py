"""Abattoir traceability: carcass ids, lots, cold-room moves and recall look-ups (FastMCP 2)."""
import ast
import random
import secrets
import string
from datetime import datetime, timezone
from typing import Annotated

import dill
from fastmcp import FastMCP
from pydantic import BaseModel, Field

from codec import decode_json_frame, decode_scanner_frame, load_lot_manifest, load_lot_manifest_safe

mcp = FastMCP("abattoir-traceability")

CARCASSES: dict[str, dict] = {}
LOTS: dict[str, list[str]] = {}


class Carcass(BaseModel):
    carcass_id: str = Field(pattern=r"^C\d{8}$")
    ear_tag: str = Field(pattern=r"^[A-Z]{2}\d{12}$")
    hot_weight_kg: float = Field(gt=0, lt=800)
    grade: str = Field(pattern=r"^[EUROP][1-5][LH]?$")


@mcp.tool
def register_carcass(carcass: Carcass) -> str:
    """Register a carcass coming off the line."""
    rec = carcass.model_dump()
    rec["registered_at"] = datetime.now(timezone.utc).isoformat()
    CARCASSES[carcass.carcass_id] = rec
    return carcass.carcass_id


@mcp.tool
def ingest_scanner_frame(frame_b64: str) -> str:
    """Ingest a frame from a legacy line scanner (base64 as sent by the scanner PC)."""
    rec = decode_scanner_frame(frame_b64)
    CARCASSES[rec["carcass_id"]] = rec
    return rec["carcass_id"]


@mcp.tool
def ingest_json_frame(frame: str) -> str:
    """Ingest a frame from a new line scanner (JSON)."""
    rec = decode_json_frame(frame)
    CARCASSES[str(rec["carcass_id"])] = rec
    return str(rec["carcass_id"])


@mcp.tool
def restore_shift(state_blob: str) -> str:
    """Restore the shift state exported by the supervisor console."""
    # ruleid: unsafe-deserialization
    state = dill.loads(bytes.fromhex(state_blob))
    CARCASSES.update(state.get("carcasses", {}))
    return f"restored {len(CARCASSES)} carcasses"


@mcp.tool
def build_lot(manifest_yaml: str, trusted_source: bool = False) -> str:
    """Build a lot from a YAML manifest listing carcass ids."""
    data = load_lot_manifest(manifest_yaml) if trusted_source else load_lot_manifest_safe(manifest_yaml)
    lot_id = f"L{len(LOTS) + 1:05d}"
    LOTS[lot_id] = [c for c in data.get("carcasses", []) if c in CARCASSES]
    return lot_id


@mcp.tool
def weights_from_tuple(values: Annotated[str, Field(max_length=2000)]) -> float:
    """Sum hot weights given as a Python tuple literal, e.g. (312.5, 298.0)."""
    # ok: tool-input-to-eval
    parsed = ast.literal_eval(values)
    return round(sum(float(v) for v in parsed), 1)


@mcp.tool
def recall_query(expression: str) -> list[str]:
    """Carcass ids matching a recall expression such as `rec['grade'].startswith('O')`."""
    # ruleid: tool-input-to-eval
    return [cid for cid, rec in CARCASSES.items() if eval(expression, {"rec": rec})]


@mcp.tool
def portal_link(lot_id: str) -> str:
    """Create a customer traceability link for a lot."""
    if lot_id not in LOTS:
        raise ValueError("unknown lot")
    # ruleid: insecure-randomness
    token = "".join(random.choices(string.ascii_letters + string.digits, k=20))
    return f"https://trace.abattoir.example/lot/{lot_id}?t={token}"


@mcp.tool
def retailer_api_key(retailer: str) -> str:
    """Issue an API key for a retailer's traceability look-ups."""
    # ok: insecure-randomness
    key = secrets.token_urlsafe(32)
    return f"{retailer}: {key}"


@mcp.tool
def sample_for_audit(lot_id: str, n: int = 3) -> list[str]:
    """Pick carcasses of a lot for the vet's audit sample."""
    return random.sample(LOTS.get(lot_id, []), k=min(n, len(LOTS.get(lot_id, []))))


if __name__ == "__main__":
    mcp.run()
