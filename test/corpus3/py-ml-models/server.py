"""ml-models: serve predictions from saved models."""
from __future__ import annotations

import base64
import logging
from typing import Any

import dill
import numpy as np
import pandas as pd
from fastmcp import FastMCP
from pydantic import BaseModel, Field

import models

log = logging.getLogger("ml-models")
mcp = FastMCP("ml-models")

_cache: dict[str, Any] = {}


class ScoreRequest(BaseModel):
    model: str = Field(pattern=r"^[a-z0-9_-]{1,64}$")
    rows: list[list[float]] = Field(max_length=1000)


def _estimator(name: str):
    if name not in _cache:
        meta = models.load_metadata(name)
        _cache[name] = models.load_estimator(str(models.MODELS_DIR / f"{meta.name}.joblib"))
    return _cache[name]


@mcp.tool
# ok: weak-input-schema
def score(req: ScoreRequest) -> list[float]:
    """Score rows with a registered model."""
    est = _estimator(req.model)
    return est.predict(np.asarray(req.rows)).tolist()


@mcp.tool
# ruleid: weak-input-schema
def predict(model: str, features: dict) -> float:
    """Predict one row given as {feature: value}."""
    meta = models.load_metadata(model)
    row = [[float(features.get(f, 0.0)) for f in meta.features]]
    return float(_estimator(model).predict(np.asarray(row))[0])


@mcp.tool
def load_model_file(path: str) -> str:
    """Load a model file from disk (any location) and report its type."""
    est = models.load_estimator(path)
    return type(est).__name__


@mcp.tool
def load_old_model(path: str) -> str:
    """Load a model pickled by the old training pipeline."""
    obj = models.load_legacy(path)
    return repr(obj)[:500]


@mcp.tool
def restore_transform(blob_b64: str) -> str:
    """Restore a serialized feature transform sent by the notebook client."""
    # ruleid: unsafe-deserialization
    fn = dill.loads(base64.b64decode(blob_b64))
    return getattr(fn, "__name__", "transform restored")


@mcp.tool
def dataset_preview(path: str, rows: int = 5) -> str:
    """Preview a pickled DataFrame."""
    # ruleid: unsafe-deserialization
    df = pd.read_pickle(path)
    return df.head(rows).to_markdown()


@mcp.tool
def embeddings_stats(path: str) -> dict:
    """Mean and norm of a saved embedding matrix (.npy, no pickles)."""
    full = (models.MODELS_DIR / "embeddings" / path).resolve()
    if not full.is_relative_to(models.MODELS_DIR):
        raise ValueError("outside the models directory")
    # ok: unsafe-deserialization
    arr = np.load(full, allow_pickle=False)
    return {"shape": list(arr.shape), "mean": float(arr.mean()), "norm": float(np.linalg.norm(arr))}


@mcp.tool
# ruleid: weak-input-schema
def batch_predict(model: str, rows: Any) -> list[float]:
    """Predict many rows at once."""
    return _estimator(model).predict(np.asarray(rows)).tolist()


@mcp.tool
def csv_preview(csv_text: str, rows: int = 5) -> str:
    """Preview CSV data passed inline."""
    from io import StringIO

    # ok: unsafe-deserialization
    df = pd.read_csv(StringIO(csv_text), nrows=1000)
    return df.head(rows).to_markdown()


if __name__ == "__main__":
    mcp.run()
