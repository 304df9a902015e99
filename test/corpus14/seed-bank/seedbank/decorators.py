import functools
import logging
import time

log = logging.getLogger("seedbank")


def log_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        result = fn(*args, **kwargs)
        log.info("tool %s finished in %.2fs", fn.__name__, time.perf_counter() - t0)
        return result

    return wrapper


def require_vault_open(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from .storage import vault_is_open

        if not vault_is_open():
            raise RuntimeError("the cold vault is locked for maintenance")
        return fn(*args, **kwargs)

    return wrapper
