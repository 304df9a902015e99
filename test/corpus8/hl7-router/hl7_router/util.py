import functools
import logging
from pathlib import Path

log = logging.getLogger("hl7_router")


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("tool %s called", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


def inside(root: str, rel: str) -> Path:
    base = Path(root).resolve()
    target = (base / rel).resolve()
    if not target.is_relative_to(base):
        raise ValueError(f"{rel} is outside {root}")
    return target


def segments(message: str) -> list[list[str]]:
    return [seg.split("|") for seg in message.replace("\n", "\r").split("\r") if seg]
