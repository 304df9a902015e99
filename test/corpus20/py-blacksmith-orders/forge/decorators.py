import functools
import logging
import time

log = logging.getLogger("forge")


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__name__, (time.monotonic() - started) * 1000)

    return wrapper
