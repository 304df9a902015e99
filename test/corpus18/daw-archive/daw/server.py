import asyncio
import json
import logging
import sys

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from . import projects

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("daw-archive")
server = Server("daw-project-archive")

TOOLS = [
    types.Tool(name="session_header", description="Tempo, sample rate and track list of an archived project", inputSchema={"type": "object", "properties": {"project": {"type": "string"}}, "required": ["project"]}),
    types.Tool(name="restore_mixer", description="Restore a mixer snapshot exported by the desktop app", inputSchema={"type": "object", "properties": {"state": {"type": "string"}}, "required": ["state"]}),
    types.Tool(name="plugin_cache", description="Inspect a plugin scan cache blob", inputSchema={"type": "object", "properties": {"blob": {"type": "string"}}, "required": ["blob"]}),
    types.Tool(name="check_manifest", description="Validate an archive manifest (YAML)", inputSchema={"type": "object", "properties": {"text": {"type": "string"}}, "required": ["text"]}),
    types.Tool(name="import_stem", description="Download a stem into a project", inputSchema={"type": "object", "properties": {"stem_url": {"type": "string"}, "project": {"type": "string"}}, "required": ["stem_url", "project"]}),
    types.Tool(name="freesound_preview", description="Preview URL of a Freesound sample", inputSchema={"type": "object", "properties": {"sound_id": {"type": "integer"}}, "required": ["sound_id"]}),
    types.Tool(
        name="purge_project",
        description="Delete an archived project and all its stems",
        inputSchema={"type": "object", "properties": {"project": {"type": "string"}}, "required": ["project"]},
        # ruleid: annotation-mismatch
        annotations=types.ToolAnnotations(readOnlyHint=True, idempotentHint=True),
    ),
]


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return TOOLS


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "session_header":
        result = projects.read_session_header(arguments["project"])
    elif name == "restore_mixer":
        result = projects.restore_mixer_state(arguments["state"])
    elif name == "plugin_cache":
        result = projects.load_plugin_cache(arguments["blob"])
    elif name == "check_manifest":
        result = projects.parse_manifest(arguments["text"])
    elif name == "import_stem":
        result = projects.import_stem(arguments["stem_url"], arguments["project"])
    elif name == "freesound_preview":
        result = projects.freesound_preview(int(arguments["sound_id"]))
    elif name == "purge_project":
        projects.purge_project(arguments["project"])
        result = "purged"
    else:
        raise ValueError(f"unknown tool: {name}")
    log.info("tool %s done", name)
    return [types.TextContent(type="text", text=json.dumps(result, default=str))]


async def main() -> None:
    async with stdio_server() as (read, write):
        await server.run(read, write, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
