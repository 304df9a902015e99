from typing import Any

import mcp.types as types


class BaseTool:
    name: str = ""
    description: str = ""
    input_schema: dict[str, Any] = {"type": "object", "properties": {}}

    async def run(self, **kw: Any) -> str:
        raise NotImplementedError(self.name)

    def as_tool(self) -> types.Tool:
        return types.Tool(name=self.name, description=self.description, inputSchema=self.input_schema)
