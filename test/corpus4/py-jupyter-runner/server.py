"""Notebook runner MCP server (low-level Server API, stdio)."""
import asyncio
import base64
import contextlib
import io
import json
import os
import pickle
from pathlib import Path

import dill
import mcp.server.stdio
import mcp.types as types
import nbformat
from mcp.server.lowlevel import NotificationOptions, Server
from mcp.server.models import InitializationOptions

NB_ROOT = Path(os.environ.get("NOTEBOOK_ROOT", "~/notebooks")).expanduser().resolve()
server = Server("jupyter-runner")
namespace: dict = {}


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="run_code",
            description="Run Python code in the shared namespace and return stdout.",
            inputSchema={"type": "object", "properties": {"code": {"type": "string"}}, "required": ["code"]},
        ),
        types.Tool(
            name="notebook_cells",
            description="Source of the code cells of a notebook under the notebook root.",
            inputSchema={"type": "object", "properties": {"path": {"type": "string", "pattern": "^[\\w/ .-]+\\.ipynb$"}}, "required": ["path"]},
        ),
        types.Tool(
            name="open_any_notebook",
            description="Source of the code cells of a notebook at any path.",
            inputSchema={"type": "object", "properties": {"path": {"type": "string"}}, "required": ["path"]},
        ),
        types.Tool(
            name="restore_namespace",
            description="Restore variables saved by save_namespace (base64 pickle).",
            # ruleid: weak-input-schema
            inputSchema={"type": "object"},
        ),
        types.Tool(
            name="load_dill_session",
            description="Load a dill session file exported by a colleague.",
            inputSchema={"type": "object", "properties": {"blob": {"type": "string"}}, "required": ["blob"]},
        ),
        types.Tool(
            name="variables",
            description="Names and types of the variables in the namespace.",
            inputSchema={"type": "object", "properties": {}},
        ),
    ]


def _run(code: str) -> str:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        # ruleid: tool-input-to-eval
        exec(compile(code, "<mcp-cell>", "exec"), namespace)
    return buf.getvalue()


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "run_code":
        out = await asyncio.to_thread(_run, arguments["code"])
        return [types.TextContent(type="text", text=out or "(no output)")]
    if name == "notebook_cells":
        nb_path = (NB_ROOT / arguments["path"]).resolve()
        if not nb_path.is_relative_to(NB_ROOT):
            return [types.TextContent(type="text", text="outside the notebook root")]
        # ok: tool-input-to-path
        nb = nbformat.read(nb_path, as_version=4)
        return [types.TextContent(type="text", text="\n\n".join(c.source for c in nb.cells if c.cell_type == "code"))]
    if name == "open_any_notebook":
        # ruleid: tool-input-to-path
        nb = nbformat.read(arguments["path"], as_version=4)
        return [types.TextContent(type="text", text="\n\n".join(c.source for c in nb.cells if c.cell_type == "code"))]
    if name == "restore_namespace":
        # ruleid: unsafe-deserialization
        restored = pickle.loads(base64.b64decode(arguments["state"]))
        namespace.update(restored)
        return [types.TextContent(type="text", text=f"restored {len(restored)} variables")]
    if name == "load_dill_session":
        # ruleid: unsafe-deserialization
        session = dill.loads(base64.b64decode(arguments["blob"]))
        namespace.update(session)
        return [types.TextContent(type="text", text="session loaded")]
    if name == "variables":
        info = {k: type(v).__name__ for k, v in namespace.items() if not k.startswith("__")}
        return [types.TextContent(type="text", text=json.dumps(info))]
    raise ValueError(f"unknown tool {name}")


async def main():
    async with mcp.server.stdio.stdio_server() as (read, write):
        await server.run(
            read,
            write,
            InitializationOptions(server_name="jupyter-runner", server_version="0.3.0", capabilities=server.get_capabilities(notification_options=NotificationOptions(), experimental_capabilities={})),
        )


if __name__ == "__main__":
    asyncio.run(main())
