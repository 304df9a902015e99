"""Model registry: load, inspect and run small ML models."""
import base64
import io
import json
import os
import pickle
import shelve
from pathlib import Path
from typing import Annotated

import dill
import joblib
import jsonpickle
import numpy as np
import pandas as pd
import torch
import yaml
from pydantic import Field
from mcp.server.fastmcp import FastMCP

MODELS = Path(os.environ.get("MODEL_DIR", "./models")).resolve()
mcp = FastMCP("model-registry")
_loaded: dict[str, object] = {}


def _b64(data: str) -> io.BytesIO:
    return io.BytesIO(base64.b64decode(data))


@mcp.tool()
def upload_model(name: str, model_b64: Annotated[str, Field(description="base64 of a pickled sklearn model")]) -> str:
    """Register a model from a base64 pickle."""
    _loaded[name] = joblib.load(_b64(model_b64))  # FLAW unsafe-deserialization
    return f"registered {name}"


@mcp.tool()
def load_checkpoint(path: str) -> str:
    """Load a PyTorch checkpoint from disk."""
    state = torch.load(path, map_location="cpu")  # FLAW tool-input-to-path FLAW unsafe-deserialization
    return f"{len(state)} tensors"


@mcp.tool()
def load_checkpoint_weights(name: str) -> str:
    """Load checkpoint weights from the model folder (tensors only)."""
    p = (MODELS / name).resolve()
    if not p.is_relative_to(MODELS):
        raise ValueError("model must be inside the model folder")
    state = torch.load(p, map_location="cpu", weights_only=True)  # SAFE tool-input-to-path SAFE unsafe-deserialization
    return f"{len(state)} tensors"


@mcp.tool()
def load_array(data_b64: str) -> list:
    """Load a numpy array from base64 .npy bytes."""
    arr = np.load(_b64(data_b64), allow_pickle=True)  # FLAW unsafe-deserialization
    return arr.tolist()


@mcp.tool()
def load_array_strict(data_b64: str) -> list:
    """Load a numpy array from base64 .npy bytes (no pickles)."""
    arr = np.load(_b64(data_b64), allow_pickle=False)  # SAFE unsafe-deserialization
    return arr.tolist()


@mcp.tool()
def import_dataframe(pickled: str) -> str:
    """Import a pickled pandas DataFrame."""
    df = pd.read_pickle(_b64(pickled))  # FLAW unsafe-deserialization
    return df.describe().to_string()


@mcp.tool()
def restore_pipeline(blob: str) -> str:
    """Restore a dill-serialized preprocessing pipeline."""
    pipeline = dill.loads(base64.b64decode(blob))  # FLAW unsafe-deserialization
    _loaded["pipeline"] = pipeline
    return type(pipeline).__name__


@mcp.tool()
def restore_config(encoded: str) -> dict:
    """Restore a jsonpickle-encoded experiment config."""
    cfg = jsonpickle.decode(encoded)  # FLAW unsafe-deserialization
    return vars(cfg) if hasattr(cfg, "__dict__") else cfg


@mcp.tool()
def read_metadata(meta_yaml: str) -> dict:
    """Parse model metadata YAML."""
    return yaml.full_load(meta_yaml)  # FLAW unsafe-deserialization


@mcp.tool()
def read_metadata_safe(meta_yaml: str) -> dict:
    """Parse model metadata YAML safely."""
    return yaml.load(meta_yaml, Loader=yaml.CSafeLoader)  # SAFE unsafe-deserialization


@mcp.tool()
def predict(name: str, features: list[float]) -> list[float]:
    """Predict with a registered model."""
    model = _loaded[name]
    return model.predict(np.array([features])).tolist()


@mcp.tool()
def cache_lookup(cache_file: str, key: str) -> str:
    """Look a key up in a shelve cache."""
    with shelve.open(cache_file) as db:  # FLAW tool-input-to-path FLAW unsafe-deserialization
        return str(db.get(key))


@mcp.tool()
def import_labels(labels_json: str) -> int:
    """Import label mapping from JSON."""
    labels = json.loads(labels_json)  # SAFE unsafe-deserialization
    _loaded["labels"] = labels
    return len(labels)


@mcp.tool()
def load_features(pickled_b64: str) -> int:
    """Load a pickled feature list."""
    buf = _b64(pickled_b64)
    features = pickle.load(buf)  # FLAW unsafe-deserialization
    return len(features)


if __name__ == "__main__":
    mcp.run()
