"""Project-local tool registry: modules decorate functions with @register, server.py adds them."""
from typing import Callable

REGISTRY: dict[str, Callable] = {}


def register(name: str | None = None):
    def deco(fn: Callable) -> Callable:
        REGISTRY[name or fn.__name__] = fn
        return fn

    return deco
