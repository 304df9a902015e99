"""Model registry helpers for the ml-models server."""
from __future__ import annotations

import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import joblib

MODELS_DIR = Path("/srv/models").resolve()


@dataclass
class ModelInfo:
    name: str
    version: str
    features: list[str]


def load_metadata(name: str) -> ModelInfo:
    """Metadata lives next to the model as <name>.json (plain JSON)."""
    meta_path = (MODELS_DIR / f"{name}.json").resolve()
    if meta_path.parent != MODELS_DIR:
        raise ValueError("bad model name")
    # ok: unsafe-deserialization
    raw = json.loads(meta_path.read_text())
    return ModelInfo(name=name, version=raw["version"], features=raw["features"])


def load_estimator(path: str):
    """Load a scikit-learn estimator saved with joblib."""
    # ruleid: unsafe-deserialization
    return joblib.load(path)


def load_legacy(path: str):
    with open(path, "rb") as fh:
        # ruleid: unsafe-deserialization
        return pickle.load(fh)
