import base64
import pickle
from collections import Counter
from pathlib import Path

import yaml

CACHE_FILE = Path(__file__).with_name("grade_cache.pickle")


def parse_route_set(text: str) -> list[dict]:
    # route setters paste their sheets with custom !route tags
    # ruleid: unsafe-deserialization
    doc = yaml.load(text, Loader=yaml.Loader)
    return list(doc.get("routes", []))


def parse_wall_config(text: str) -> dict:
    # ok: unsafe-deserialization
    return yaml.safe_load(text) or {}


def restore_session(blob: str) -> dict:
    # ruleid: unsafe-deserialization
    return pickle.loads(base64.b64decode(blob))


def cached_grade_counts() -> Counter:
    if not CACHE_FILE.exists():
        return Counter()
    # ok: unsafe-deserialization
    return pickle.loads(CACHE_FILE.read_bytes())


def grade_histogram(routes: list[dict]) -> dict[str, int]:
    return dict(Counter(r.get("grade", "?") for r in routes))
