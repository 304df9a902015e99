import json
from pathlib import Path

import yaml

PILLAR_DIR = Path("/srv/pillar/overrides")


def load_pillar_text(text: str) -> dict:
    # ruleid: unsafe-deserialization
    data = yaml.load(text, Loader=yaml.Loader)
    if not isinstance(data, dict):
        raise ValueError("pillar must be a mapping")
    return data


def load_pillar_file(minion: str) -> dict:
    path = PILLAR_DIR / f"{minion}.sls"
    # ruleid: tool-input-to-path
    text = path.read_text()
    # ok: unsafe-deserialization
    return yaml.safe_load(text) or {}


def render_preview(data: dict) -> str:
    return json.dumps(data, indent=2, sort_keys=True)
