import functools
import logging
import time

log = logging.getLogger("irrigation")


def log_calls(fn):
    """Log tool name, duration and outcome (arguments are not logged)."""

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__name__, (time.perf_counter() - start) * 1000)

    return wrapper
