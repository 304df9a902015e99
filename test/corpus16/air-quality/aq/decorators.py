import functools
import logging
import time

log = logging.getLogger("aq.tools")


def log_calls(fn):
    """Logs tool name and duration (never the arguments)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            # ok: sensitive-data-logged
            log.info("%s took %.1f ms", fn.__name__, (time.perf_counter() - started) * 1000)

    return wrapper
