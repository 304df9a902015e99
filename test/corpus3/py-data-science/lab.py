"""Shared state for the data-science server: loaded frames and the warehouse connection."""
from __future__ import annotations

import importlib
import os
import re
import sqlite3
from pathlib import Path

import pandas as pd

WAREHOUSE = sqlite3.connect(os.environ.get("WAREHOUSE_DB", "warehouse.sqlite"), check_same_thread=False)
EXPORT_DIR = Path(os.environ.get("EXPORT_DIR", "exports")).resolve()
EXPORT_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}\.(csv|parquet)$")
FRAMES: dict[str, pd.DataFrame] = {}

ALLOWED_EXTENSIONS = {"statsmodels.api", "scipy.stats", "sklearn.linear_model"}


def frame(name: str) -> pd.DataFrame:
    if name not in FRAMES:
        raise KeyError(f"no frame named {name!r}; load one first")
    return FRAMES[name]


def export_path(filename: str) -> Path:
    if not EXPORT_NAME.match(filename):
        raise ValueError("export names are letters, digits, - and _ with .csv or .parquet")
    return EXPORT_DIR / filename


def load_extension(module: str):
    if module not in ALLOWED_EXTENSIONS:
        raise ValueError(f"extension {module!r} is not allowed")
    # ok: tool-input-to-eval
    return importlib.import_module(module)
