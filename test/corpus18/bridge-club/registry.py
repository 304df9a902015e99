"""A tiny registry so tool modules do not need to import the server."""
from collections.abc import Callable
from typing import Any

REGISTRY: dict[str, Callable[..., Any]] = {}


def register(name: str | None = None):
    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        REGISTRY[name or fn.__name__] = fn
        return fn

    return deco
