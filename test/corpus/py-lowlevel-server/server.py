import asyncio
import json
import os
import subprocess
from pathlib import Path

import mcp.types as types
from mcp.server import Server
from mcp.server.stdio import stdio_server

server = Server("workspace-tools")
WORKSPACE = Path(os.environ.get("WORKSPACE", ".")).resolve()


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="run_command", description="Run a shell command", inputSchema={"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}),
        types.Tool(name="read_file", description="Read a file", inputSchema={"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}),
        types.Tool(name="read_workspace_file", description="Read a workspace file", inputSchema={"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]}),
        types.Tool(name="word_count", description="Count words in a file", inputSchema={"type": "object", "properties": {"file": {"type": "string"}}}),
        types.Tool(name="pytest", description="Run tests", inputSchema={"type": "object", "properties": {"target": {"type": "string"}, "keyword": {"type": "string"}}}),
        types.Tool(name="evaluate", description="Evaluate a Python expression", inputSchema={"type": "object", "properties": {"expr": {"type": "string"}}}),
    ]


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "run_command":
        command = arguments["command"]
        proc = await asyncio.create_subprocess_shell(command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT)  # FLAW tool-input-to-shell
        out, _ = await proc.communicate()
        return [types.TextContent(type="text", text=out.decode())]

    elif name == "read_file":
        path = arguments.get("path")
        with open(path, "r") as f:  # FLAW tool-input-to-path
            return [types.TextContent(type="text", text=f.read())]

    elif name == "read_workspace_file":
        target = (WORKSPACE / arguments["path"]).resolve()
        if not target.is_relative_to(WORKSPACE):
            raise ValueError("path outside workspace")
        return [types.TextContent(type="text", text=target.read_text())]  # SAFE tool-input-to-path

    elif name == "word_count":
        file = arguments.get("file", "")
        out = subprocess.check_output(f"wc -w {file}", shell=True, text=True)  # FLAW tool-input-to-shell
        return [types.TextContent(type="text", text=out)]

    elif name == "pytest":
        target = arguments.get("target", "tests")
        keyword = arguments.get("keyword")
        cmd = ["python", "-m", "pytest", "-q", target]
        if keyword:
            cmd += ["-k", keyword]
        proc = await asyncio.create_subprocess_exec(*cmd, cwd=WORKSPACE, stdout=asyncio.subprocess.PIPE)  # SAFE tool-input-to-shell
        out, _ = await proc.communicate()
        return [types.TextContent(type="text", text=out.decode())]

    elif name == "evaluate":
        value = eval(arguments["expr"], {"__builtins__": {}})  # FLAW tool-input-to-eval
        return [types.TextContent(type="text", text=json.dumps(value, default=str))]

    raise ValueError(f"Unknown tool: {name}")


async def main():
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
