import base64
import json
import pickle
from pathlib import Path

import yaml

from ..app import mcp

REPORT_DIR = Path("/var/lib/audit-reports")


@mcp.tool
def load_policy(policy_yaml: str) -> dict:
    """Parse an ignore policy (YAML) and return the ignored advisory ids."""
    # ok: unsafe-deserialization
    policy = yaml.safe_load(policy_yaml) or {}
    return {"ignore": [str(i) for i in policy.get("ignore", [])]}


@mcp.tool
def load_legacy_policy(policy_yaml: str) -> dict:
    """Parse a policy written by the old audit bot (uses YAML tags)."""
    # ruleid: unsafe-deserialization
    policy = yaml.load(policy_yaml, Loader=yaml.Loader)
    return {"ignore": list(policy.get("ignore", []))}


@mcp.tool
def import_scan(blob: str) -> dict:
    """Import a scan result exported by the CI job (base64)."""
    raw = base64.b64decode(blob)
    # ruleid: unsafe-deserialization
    scan = pickle.loads(raw)
    return {"packages": len(scan.get("packages", []))}


@mcp.tool
def import_scan_json(blob: str) -> dict:
    """Import a scan result exported as base64 JSON."""
    # ok: unsafe-deserialization
    scan = json.loads(base64.b64decode(blob))
    return {"packages": len(scan.get("packages", []))}


def save_report(name: str, body: str) -> str:
    """Save a report under the reports folder."""
    target = REPORT_DIR / f"{name}.json"
    # ruleid: tool-input-to-path
    target.write_text(body, encoding="utf-8")
    return str(target)


mcp.add_tool(save_report)
