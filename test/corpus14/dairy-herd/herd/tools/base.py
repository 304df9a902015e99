from typing import Any, ClassVar


class BaseTool:
    """Base class of all herd tools. Subclasses set name/description and implement run()."""

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""

    def run(self, **kw: Any) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}>"
