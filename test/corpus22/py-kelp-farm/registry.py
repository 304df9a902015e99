from typing import Callable

REGISTRY: dict[str, Callable] = {}


def register(fn: Callable) -> Callable:
    REGISTRY[fn.__name__] = fn
    return fn
