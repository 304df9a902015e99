from typing import Callable

REGISTRY: dict[str, Callable] = {}


def register(name: str | None = None):
    """Project-local decorator: collects tool functions by name."""

    def deco(fn: Callable) -> Callable:
        REGISTRY[name or fn.__name__] = fn
        return fn

    return deco
