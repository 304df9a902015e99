import base64
import pickle


def decode_snapshot(blob: str) -> dict:
    raw = base64.b64decode(blob)
    # ruleid: unsafe-deserialization
    return pickle.loads(raw)
