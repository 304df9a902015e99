import functools
import logging
import time

log = logging.getLogger("donor_desk")


def log_calls(fn):
    """Log the duration of each tool call (not its arguments)."""

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        start = time.monotonic()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.1f ms", fn.__name__, (time.monotonic() - start) * 1000)

    return wrapper
