import functools
import time

from .app import log


def log_calls(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.monotonic()
        try:
            return await fn(*args, **kwargs)
        finally:
            # ok: sensitive-data-logged
            log.info("%s took %.1f ms", fn.__name__, (time.monotonic() - start) * 1000)

    return wrapper
