import base64
import json
import zlib

import dill


def load_state(blob: str) -> dict:
    raw = zlib.decompress(base64.b64decode(blob))
    # ruleid: unsafe-deserialization
    return dill.loads(raw)


def load_state_json(blob: str) -> dict:
    raw = zlib.decompress(base64.b64decode(blob))
    # ok: unsafe-deserialization
    return json.loads(raw.decode("utf-8"))
