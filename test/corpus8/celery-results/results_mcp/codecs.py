"""Decoders for the result backends we have used over the years."""
import base64
import json
import marshal
import pickle

import jsonpickle
import msgpack
import yaml


def decode_result(body: bytes, content_type: str):
    if content_type == "application/json":
        # ok: unsafe-deserialization
        return json.loads(body)
    if content_type == "application/x-msgpack":
        # ok: unsafe-deserialization
        return msgpack.unpackb(body, raw=False)
    if content_type == "application/x-yaml":
        # ruleid: unsafe-deserialization
        return yaml.unsafe_load(body)
    if content_type == "application/x-python-serialize":
        # ruleid: unsafe-deserialization
        return pickle.loads(body)
    raise ValueError(f"unsupported content type {content_type}")


def decode_legacy(text: str):
    # ruleid: unsafe-deserialization
    return jsonpickle.decode(text)


def decode_code_blob(b64: str):
    # ruleid: unsafe-deserialization
    return marshal.loads(base64.b64decode(b64))


def decode_schedule(text: str):
    # ok: unsafe-deserialization
    return yaml.load(text, Loader=yaml.SafeLoader)
