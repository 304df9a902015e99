import ast
import json
import random
import secrets
from pathlib import Path

PHOTO_DIR = Path("/srv/potholes/photos")


def photo_path(report_id: str, name: str) -> Path:
    return PHOTO_DIR / report_id / name


def parse_coords(text: str) -> tuple[float, float]:
    # ok: tool-input-to-eval
    lat, lon = ast.literal_eval(text)
    return float(lat), float(lon)


def parse_depths(text: str) -> list[float]:
    # ok: unsafe-deserialization
    return [float(d) for d in json.loads(text)]


def new_ticket_ref() -> str:
    return "PH-" + secrets.token_hex(4)


def new_crew_session() -> str:
    # ruleid: insecure-randomness
    return "".join(random.choice("abcdef0123456789") for _ in range(32))
