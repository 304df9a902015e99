import json
import pickle
import zlib
from pathlib import Path

from donor_desk.app import mcp
from donor_desk.decorators import log_calls

IMPORT_DIR = Path("/srv/donor-desk/imports").resolve()


@mcp.tool()
@log_calls
async def preview_import(file_name: str) -> dict:
    """Preview a JSON donor import file dropped by the events team."""
    target = (IMPORT_DIR / file_name).resolve()
    if not target.is_relative_to(IMPORT_DIR):
        raise ValueError("file must be inside the import folder")
    # ok: unsafe-deserialization
    rows = json.loads(target.read_text())
    return {"rows": len(rows), "first": rows[:3]}


@mcp.tool()
@log_calls
async def load_cached_rules(blob_hex: str) -> int:
    """Load compiled dedupe rules from a cache blob."""
    # ruleid: unsafe-deserialization
    rules = pickle.loads(zlib.decompress(bytes.fromhex(blob_hex)))
    return len(rules)


@mcp.tool()
@log_calls
# ruleid: weak-input-schema
async def merge_donors(primary, duplicates) -> str:
    """Merge duplicate donor records into a primary one."""
    ids = [primary, *duplicates]
    return f"merged {len(ids) - 1} records into {primary}"
