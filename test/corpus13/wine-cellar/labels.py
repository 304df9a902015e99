import base64
import json
import pickle
import zlib


def decode_snapshot(snapshot: str) -> list[dict]:
    raw = zlib.decompress(base64.b64decode(snapshot))
    # ruleid: unsafe-deserialization
    data = pickle.loads(raw)
    return list(data["bottles"])


def load_tasting_notes(notes_json: str) -> list[dict]:
    # ok: unsafe-deserialization
    notes = json.loads(notes_json)
    if not isinstance(notes, list):
        raise ValueError("expected a JSON list of notes")
    return [n for n in notes if isinstance(n, dict) and "bottle_id" in n]
