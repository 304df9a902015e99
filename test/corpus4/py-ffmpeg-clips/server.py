"""ffmpeg clip maker MCP server (async, stdio)."""
import asyncio
import json
import os
import re
import sys
from pathlib import Path
from typing import Literal

from mcp.server.fastmcp import FastMCP
from pydantic import Field

MEDIA = Path(os.environ.get("MEDIA_ROOT", "/srv/media")).resolve()
mcp = FastMCP("ffmpeg-clips")

TIME = r"^\d{1,2}:\d{2}:\d{2}(\.\d{1,3})?$"


def media_path(rel: str) -> Path:
    p = (MEDIA / rel).resolve()
    if MEDIA not in p.parents:
        raise ValueError("outside the media root")
    return p


async def run_argv(*argv: str) -> tuple[int, str]:
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec(*argv, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return proc.returncode, (out or err).decode(errors="replace")


@mcp.tool()
async def probe(file: str) -> dict:
    """Duration, codecs and resolution of a media file."""
    code, out = await run_argv("ffprobe", "-v", "quiet", "-print_format", "json", "-show_format", "-show_streams", str(media_path(file)))
    return json.loads(out) if code == 0 else {"error": "ffprobe failed"}


@mcp.tool()
async def cut_clip(file: str, start: str = Field(pattern=TIME), end: str = Field(pattern=TIME), name: str = Field(pattern=r"^[\w-]{1,60}$")) -> str:
    """Cut a clip between two timestamps without re-encoding."""
    src = media_path(file)
    dst = MEDIA / "clips" / f"{name}{src.suffix}"
    code, out = await run_argv("ffmpeg", "-y", "-ss", start, "-to", end, "-i", str(src), "-c", "copy", str(dst))
    return f"wrote {dst.name}" if code == 0 else out[-1500:]


@mcp.tool()
async def gif(file: str, start: str, seconds: int = 4, width: int = 480) -> str:
    """Make an animated GIF from a section of a video."""
    src = media_path(file)
    dst = src.with_suffix(".gif")
    cmd = f'ffmpeg -y -ss {start} -t {seconds} -i "{src}" -vf "fps=12,scale={width}:-1" "{dst}"'
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stderr=asyncio.subprocess.PIPE)
    _, err = await proc.communicate()
    return f"wrote {dst.name}" if proc.returncode == 0 else err.decode()[-1500:]


@mcp.tool()
async def burn_subtitles(file: str, subtitles: str) -> str:
    """Burn an .srt subtitle file into a video."""
    src = media_path(file)
    dst = src.with_name(src.stem + "-subbed" + src.suffix)
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell("ffmpeg -y -i '%s' -vf subtitles=%s '%s'" % (src, subtitles, dst))
    await proc.wait()
    return dst.name


@mcp.tool()
async def extract_audio(file: str, fmt: Literal["mp3", "aac", "flac", "wav"] = "mp3") -> str:
    """Extract the audio track of a video."""
    if not re.fullmatch(r"[\w./-]{1,200}", file):
        return "file names may only contain letters, digits, _ . / -"
    src = media_path(file)
    dst = src.with_suffix(f".{fmt}")
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"ffmpeg -y -loglevel error -i '{src}' -vn '{dst}'", stderr=asyncio.subprocess.PIPE)
    await proc.wait()
    return dst.name


if __name__ == "__main__":
    sys.stderr.write(f"ffmpeg-clips serving {MEDIA}\n")
    mcp.run()
