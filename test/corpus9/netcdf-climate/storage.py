import json
import re
from pathlib import Path

DATA_DIR = Path("/data/climate").resolve()
CACHE_DIR = DATA_DIR / ".cache"
_KEY = re.compile(r"^[a-f0-9]{16}$")


def dataset_path(name: str) -> Path:
    full = (DATA_DIR / f"{name}.nc").resolve()
    if not full.is_relative_to(DATA_DIR):
        raise ValueError("dataset outside data dir")
    return full


def load_cached(key: str):
    if not _KEY.fullmatch(key):
        raise ValueError("bad cache key")
    # ok: unsafe-deserialization
    return json.loads((CACHE_DIR / f"{key}.json").read_text())
