"""Load and inspect datasets and saved experiment state."""

import base64
import json
import os
import pickle
from pathlib import Path

import urllib.request

import joblib
import yaml
from mcp.server.fastmcp import FastMCP

from storage import load_experiment

mcp = FastMCP("dataset-loader")
DATA_DIR = Path(os.environ.get("DATA_DIR", "data")).resolve()


@mcp.tool()
def parse_pipeline(config_yaml: str) -> dict:
    """Parse a pipeline definition written in YAML."""
    # ruleid: unsafe-deserialization
    cfg = yaml.load(config_yaml, Loader=yaml.Loader)
    return {"steps": [s.get("name") for s in cfg.get("steps", [])]}


@mcp.tool()
def validate_pipeline(config_yaml: str) -> str:
    """Validate a pipeline definition (YAML)."""
    # ok: unsafe-deserialization
    cfg = yaml.safe_load(config_yaml)
    missing = [i for i, s in enumerate(cfg.get("steps", [])) if "name" not in s]
    return "ok" if not missing else f"steps without name: {missing}"


@mcp.tool()
def restore_state(blob_b64: str) -> str:
    """Restore in-memory model state from a base64 pickle produced by save_state."""
    raw = base64.b64decode(blob_b64)
    # ruleid: unsafe-deserialization
    state = pickle.loads(raw)
    return f"restored state with keys {sorted(state)[:20]}"


@mcp.tool()
def load_metadata(payload: str) -> dict:
    """Load dataset metadata (JSON)."""
    # ok: unsafe-deserialization
    meta = json.loads(payload)
    return {"name": meta.get("name"), "rows": meta.get("rows"), "columns": len(meta.get("columns", []))}


@mcp.tool()
def experiment_summary(run_id: str) -> dict:
    """Summary of a saved experiment run."""
    exp = load_experiment(DATA_DIR, run_id)
    return {"run": run_id, "metrics": exp.get("metrics", {}), "params": exp.get("params", {})}


@mcp.tool()
def load_yaml_with_includes(document: str) -> dict:
    """Parse YAML that may reference other documents."""
    # ruleid: unsafe-deserialization
    return yaml.unsafe_load(document)


@mcp.tool()
def load_full_yaml(document: str) -> dict:
    """Parse YAML using the full loader."""
    # ok: unsafe-deserialization
    return yaml.load(document, Loader=yaml.SafeLoader)


@mcp.tool()
def download_dataset(url: str, name: str) -> str:
    """Download a dataset file into the data folder."""
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(url, timeout=30) as resp:
        payload = resp.read()
    safe_name = Path(name).name
    # ok: tool-input-to-path
    (DATA_DIR / safe_name).write_bytes(payload)
    return f"saved {len(payload)} bytes as {safe_name}"


@mcp.tool()
def load_model(model_file: str) -> str:
    """Load a scikit-learn model saved with joblib and describe it."""
    # ruleid: unsafe-deserialization
    model = joblib.load(model_file)
    return type(model).__name__


if __name__ == "__main__":
    mcp.run()
