"""Thin HTTP helpers around the Paperless-ngx REST API."""
import functools
import logging
import time

import requests

from .app import PAPERLESS_TOKEN, PAPERLESS_URL

log = logging.getLogger("paperless_mcp")
_session = requests.Session()
_session.headers.update({"Authorization": f"Token {PAPERLESS_TOKEN}", "Accept": "application/json; version=5"})


def api(path: str, **params) -> dict:
    resp = _session.get(f"{PAPERLESS_URL}/api{path}", params=params, timeout=30)
    resp.raise_for_status()
    return resp.json()


def get(url: str, **kwargs) -> requests.Response:
    # ruleid: tool-input-to-url
    return requests.get(url, timeout=kwargs.pop("timeout", 30), **kwargs)


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.2fs", fn.__name__, time.monotonic() - started)

    return wrapper
