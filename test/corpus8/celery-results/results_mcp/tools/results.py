import base64
import functools
import logging
from typing import Literal

import redis

from ..app import mcp
from ..codecs import decode_result, decode_legacy

log = logging.getLogger(__name__)
r = redis.Redis(host="redis.celery.internal", port=6379, db=1)

ContentType = Literal["application/json", "application/x-msgpack", "application/x-yaml", "application/x-python-serialize"]


def timed(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        log.debug("start %s", fn.__name__)
        try:
            return fn(*args, **kwargs)
        finally:
            log.debug("end %s", fn.__name__)

    return inner


@mcp.tool()
@timed
def get_result(task_id: str) -> dict:
    """Read a task result from the Redis backend (stored as JSON)."""
    raw = r.get(f"celery-task-meta-{task_id}")
    if raw is None:
        return {"state": "PENDING"}
    return decode_result(raw, "application/json")


@mcp.tool()
@timed
def decode_payload(payload_b64: str, content_type: ContentType) -> str:
    """Decode a raw message body copied from the broker for inspection."""
    value = decode_result(base64.b64decode(payload_b64), content_type)
    return repr(value)[:5000]


@mcp.tool()
@timed
def decode_legacy_result(text: str) -> str:
    """Decode a result saved by the pre-2022 jsonpickle backend."""
    return repr(decode_legacy(text))[:5000]
