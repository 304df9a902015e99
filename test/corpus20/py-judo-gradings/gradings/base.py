from typing import Any


class BaseTool:
    name: str = ""
    description: str = ""
    input_schema: dict[str, Any] = {"type": "object", "properties": {}}

    def run(self, **kw: Any) -> str:
        raise NotImplementedError
