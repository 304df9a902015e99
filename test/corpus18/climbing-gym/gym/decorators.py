import functools
import logging
import time

log = logging.getLogger("climbing-gym")


def log_calls(fn):
    """Log the duration of every tool call (arguments are not logged)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__name__, (time.perf_counter() - started) * 1000)

    return wrapper
