import json
import os
import shutil
from typing import Any, Awaitable, Callable

import httpx
import mcp.server.stdio
import mcp.types as types
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

ALLOWED_ROOTS = [os.path.realpath(p) for p in os.environ.get("ALLOWED_DIRS", "/tmp").split(":")]
server = Server("dispatch-fs")


def within_allowed(path: str) -> str:
    real = os.path.realpath(path)
    if not any(real == root or real.startswith(root + os.sep) for root in ALLOWED_ROOTS):
        raise PermissionError(f"{path} is outside the allowed directories")
    return real


async def handle_read(args: dict[str, Any]) -> str:
    with open(args["path"], encoding="utf-8") as f:  # FLAW tool-input-to-path
        return f.read()


async def handle_read_checked(args: dict[str, Any]) -> str:
    path = within_allowed(args["path"])
    with open(path, encoding="utf-8") as f:  # SAFE tool-input-to-path
        return f.read()


async def handle_list(args: dict[str, Any]) -> str:
    directory = args.get("directory", ".")
    return "\n".join(os.listdir(directory))  # FLAW tool-input-to-path


async def handle_move(args: dict[str, Any]) -> str:
    src, dst = args["source"], args["destination"]
    shutil.move(src, dst)  # FLAW tool-input-to-path
    return f"moved {src} -> {dst}"


async def handle_remove(args: dict[str, Any]) -> str:
    target = within_allowed(args["path"])
    os.remove(target)  # SAFE tool-input-to-path
    return f"removed {target}"


async def handle_download(args: dict[str, Any]) -> str:
    url = args["url"]
    dest = args["dest"]
    async with httpx.AsyncClient() as client:
        resp = await client.get(url)  # FLAW tool-input-to-url
    with open(dest, "wb") as f:  # FLAW tool-input-to-path
        f.write(resp.content)
    return f"saved {len(resp.content)} bytes"


HANDLERS: dict[str, Callable[[dict[str, Any]], Awaitable[str]]] = {
    "read_file": handle_read,
    "read_file_checked": handle_read_checked,
    "list_directory": handle_list,
    "move_file": handle_move,
    "remove_file": handle_remove,
    "download": handle_download,
}


@server.list_tools()
async def handle_list_tools() -> list[types.Tool]:
    return [
        types.Tool(name=name, description=fn.__doc__ or name, inputSchema={"type": "object"})
        for name, fn in HANDLERS.items()
    ]


@server.call_tool()
async def handle_call_tool(name: str, arguments: dict | None) -> list[types.TextContent]:
    handler = HANDLERS.get(name)
    if handler is None:
        raise ValueError(f"Unknown tool: {name}")
    try:
        result = await handler(arguments or {})
    except Exception as e:
        result = json.dumps({"error": str(e)})
    return [types.TextContent(type="text", text=result)]


async def main():
    async with mcp.server.stdio.stdio_server() as (read_stream, write_stream):
        await server.run(
            read_stream,
            write_stream,
            InitializationOptions(
                server_name="dispatch-fs",
                server_version="0.1.0",
                capabilities=server.get_capabilities(notification_options=NotificationOptions(), experimental_capabilities={}),
            ),
        )


if __name__ == "__main__":
    import asyncio
    asyncio.run(main())
