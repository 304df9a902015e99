"""Decoding of carcass records coming from the line scanners and the legacy kill-floor PCs."""
import base64
import json
import pickle

import yaml


def decode_scanner_frame(frame_b64: str) -> dict:
    raw = base64.b64decode(frame_b64)
    # ruleid: unsafe-deserialization
    record = pickle.loads(raw)
    return dict(record)


def decode_json_frame(frame: str) -> dict:
    # ok: unsafe-deserialization
    return json.loads(frame)


def load_lot_manifest(text: str) -> dict:
    # ruleid: unsafe-deserialization
    return yaml.load(text, Loader=yaml.Loader)


def load_lot_manifest_safe(text: str) -> dict:
    # ok: unsafe-deserialization
    return yaml.load(text, Loader=yaml.SafeLoader)
