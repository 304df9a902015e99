from typing import Any


class BaseTool:
    """A callout tool. Subclasses set `name`/`description` and implement `run`."""

    name: str = ""
    description: str = ""

    def run(self, **kw: Any) -> str:  # pragma: no cover - overridden
        raise NotImplementedError
