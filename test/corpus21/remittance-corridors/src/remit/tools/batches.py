import base64
import pickle
from pathlib import Path

import yaml

from ..app import mcp

BATCH_DIR = Path("/var/remit/batches")


@mcp.tool
def load_batch_manifest(manifest_yaml: str) -> dict:
    """Load a payout batch manifest exported by the compliance team."""
    # ok: unsafe-deserialization
    manifest = yaml.safe_load(manifest_yaml)
    return {"batch": manifest.get("batch"), "count": len(manifest.get("transfers", []))}


@mcp.tool
def restore_batch_state(state_b64: str) -> dict:
    """Restore a paused batch from its saved state blob."""
    # ruleid: unsafe-deserialization
    state = pickle.loads(base64.b64decode(state_b64))
    return {"batch": state["batch"], "next_index": state["next_index"]}


@mcp.tool
def import_legacy_batch(legacy_yaml: str) -> int:
    """Import a batch from the legacy payout system's YAML dump."""
    # ruleid: unsafe-deserialization
    data = yaml.load(legacy_yaml, Loader=yaml.Loader)
    (BATCH_DIR / "legacy-import.log").write_text(f"imported {len(data)} rows\n")
    return len(data)
