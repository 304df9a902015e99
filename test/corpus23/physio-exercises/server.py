"""Physiotherapy exercise programmes: low-level MCP server."""
import ast
import asyncio
import json
import os
import shlex
from pathlib import Path

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

PROGRAMMES = Path(os.environ.get("PHYSIO_PROGRAMMES", "/srv/physio/programmes")).resolve()
VIDEO_ROOT = Path("/srv/physio/videos").resolve()

app = Server("physio-exercises")

PROGRESSIONS = {
    "linear": "reps + week * 2",
    "stepped": "reps + (week // 2) * 3",
    "deload": "max(reps - week, 5)",
}


@app.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(name="programme", description="A patient's exercise programme", inputSchema={"type": "object", "properties": {"patient_id": {"type": "string", "pattern": "^P[0-9]{5}$"}}, "required": ["patient_id"]}),
        types.Tool(name="progress_reps", description="Reps for a week by a progression model", inputSchema={"type": "object", "properties": {"model": {"type": "string", "enum": list(PROGRESSIONS)}, "reps": {"type": "integer"}, "week": {"type": "integer"}}, "required": ["model", "reps", "week"]}),
        types.Tool(name="custom_progression", description="Reps for a week by a therapist-written rule", inputSchema={"type": "object", "properties": {"rule": {"type": "string"}, "reps": {"type": "integer"}, "week": {"type": "integer"}}}),
        types.Tool(name="parse_rom", description="Parse range-of-motion readings given as a dict literal", inputSchema={"type": "object", "properties": {"readings": {"type": "string"}}}),
        types.Tool(name="make_clip", description="Cut a demo clip out of an exercise video", inputSchema={"type": "object", "properties": {"video": {"type": "string"}, "start": {"type": "string"}, "seconds": {"type": "string"}}}),
    ]


async def _shell(cmd: str) -> str:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return (out or err).decode()[-1000:]


@app.call_tool()
async def handle(name: str, arguments: dict) -> list[types.TextContent]:
    match name:
        case "programme":
            pid = arguments["patient_id"]
            if not pid.startswith("P") or not pid[1:].isdigit() or len(pid) != 6:
                raise ValueError("bad patient id")
            # ok: tool-input-to-path
            data = json.loads((PROGRAMMES / f"{pid}.json").read_text())
            text = "\n".join(f"{e['name']}: {e['sets']}x{e['reps']}" for e in data["exercises"])
        case "progress_reps":
            expr = PROGRESSIONS[arguments["model"]]
            # ok: tool-input-to-eval
            text = str(eval(expr, {"__builtins__": {}, "max": max}, {"reps": int(arguments["reps"]), "week": int(arguments["week"])}))
        case "custom_progression":
            rule = arguments.get("rule", "reps")
            # ruleid: tool-input-to-eval
            text = str(eval(rule, {"__builtins__": {}, "max": max, "min": min}, {"reps": int(arguments["reps"]), "week": int(arguments["week"])}))
        case "parse_rom":
            # ok: tool-input-to-eval
            readings = ast.literal_eval(arguments["readings"])
            text = ", ".join(f"{joint}: {deg}°" for joint, deg in readings.items())
        case "make_clip":
            src = (VIDEO_ROOT / arguments["video"]).resolve()
            if not src.is_relative_to(VIDEO_ROOT):
                raise ValueError("video outside library")
            out = src.with_name(src.stem + "-clip.mp4")
            cmd = " ".join(["ffmpeg", "-y", "-ss", shlex.quote(arguments["start"]), "-t", shlex.quote(arguments["seconds"]), "-i", shlex.quote(str(src)), shlex.quote(str(out))])
            text = await _shell(cmd)
        case _:
            raise ValueError(f"unknown tool: {name}")
    return [types.TextContent(type="text", text=text)]


async def main() -> None:
    async with stdio_server() as (r, w):
        await app.run(r, w, app.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
