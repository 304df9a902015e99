import asyncio
import sys

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

import handlers

server = Server("driving-school")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="book_lesson",
            description="Book a driving lesson",
            inputSchema={
                "type": "object",
                "properties": {"student_id": {"type": "integer"}, "instructor": {"type": "string", "maxLength": 40}, "slot": {"type": "string", "format": "date-time"}},
                "required": ["student_id", "instructor", "slot"],
            },
        ),
        types.Tool(
            name="instructor_day",
            description="An instructor's lessons on a day",
            inputSchema={"type": "object", "properties": {"instructor": {"type": "string"}, "day": {"type": "string"}}, "required": ["instructor", "day"]},
        ),
        types.Tool(
            name="test_readiness",
            description="Score a student's readiness for the practical test",
            # ruleid: weak-input-schema
            inputSchema={"type": "object"},
        ),
        types.Tool(
            name="route_preview",
            description="Preview a practice route map",
            inputSchema={"type": "object", "properties": {"map_url": {"type": "string"}}, "required": ["map_url"]},
        ),
        types.Tool(
            name="exam_centres",
            description="Driving test centres near a postcode",
            inputSchema={"type": "object", "properties": {"postcode": {"type": "string", "maxLength": 8}}, "required": ["postcode"]},
        ),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "book_lesson":
        text = handlers.book_lesson(int(arguments["student_id"]), arguments["instructor"], arguments["slot"])
    elif name == "instructor_day":
        text = handlers.instructor_day(arguments["instructor"], arguments["day"])
    elif name == "test_readiness":
        weights = handlers.parse_weights(arguments.get("weights", "{}"))
        scores = {k: float(v) * weights.get(k, 1.0) for k, v in arguments.get("scores", {}).items()}
        text = handlers.test_readiness(scores, arguments.get("formula", "0.5 * manoeuvres + 0.5 * hazard"))
    elif name == "route_preview":
        text = handlers.route_preview(arguments["map_url"])
    elif name == "exam_centres":
        text = handlers.exam_centres(arguments["postcode"])
    else:
        raise ValueError(f"unknown tool {name}")
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    # ok: stdout-in-stdio-server
    print("driving-school MCP server on stdio", file=sys.stderr)
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
