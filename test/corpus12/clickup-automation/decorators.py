import functools
import logging
import time

log = logging.getLogger("clickup-automation")


def log_calls(fn):
    """Log duration and outcome of a tool call (to stderr via logging)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__name__, (time.perf_counter() - start) * 1000)

    return wrapper
