import asyncio
import os
import re
from pathlib import Path

import aiohttp

from .base import BaseTool

TAKES = Path(os.environ.get("AUDITION_TAKES", "/srv/auditions/takes")).resolve()


def _take_path(take: str) -> Path:
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}\.(wav|flac)", take):
        raise ValueError("take must be a .wav/.flac file name")
    return TAKES / take


class WaveformTool(BaseTool):
    name = "waveform"
    description = "Render a waveform PNG of an audition take"
    input_schema = {"type": "object", "properties": {"take": {"type": "string"}, "width": {"type": "integer"}}, "required": ["take"]}

    async def run(self, take: str, width: int = 1200, **_) -> str:
        src = TAKES / take
        # ruleid: tool-input-to-shell
        proc = await asyncio.create_subprocess_shell(f"audiowaveform -i '{src}' -o /tmp/{take}.png -w {int(width)} -h 200", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        _, err = await proc.communicate()
        return f"/tmp/{take}.png" if proc.returncode == 0 else err.decode()


class LoudnessTool(BaseTool):
    name = "loudness"
    description = "Integrated loudness (LUFS) of a take"
    input_schema = {"type": "object", "properties": {"take": {"type": "string"}}, "required": ["take"]}

    async def run(self, take: str, **_) -> str:
        src = _take_path(take)
        # ok: tool-input-to-shell
        proc = await asyncio.create_subprocess_exec("ffmpeg", "-hide_banner", "-nostats", "-i", str(src), "-af", "ebur128", "-f", "null", "-", stderr=asyncio.subprocess.PIPE)
        _, err = await proc.communicate()
        summary = err.decode(errors="replace").rsplit("Summary:", 1)[-1]
        return summary.strip()


class FetchDemoTool(BaseTool):
    name = "fetch_demo_reel"
    description = "Download a voice actor's demo reel from the link in their application"
    input_schema = {"type": "object", "properties": {"demo_url": {"type": "string"}, "actor": {"type": "string"}}, "required": ["demo_url", "actor"]}

    async def run(self, demo_url: str, actor: str, **_) -> str:
        target = TAKES / "demos" / f"{re.sub(r'[^a-z0-9]+', '-', actor.lower())}.mp3"
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
            # ruleid: tool-input-to-url
            async with session.get(demo_url) as resp:
                resp.raise_for_status()
                target.write_bytes(await resp.read())
        return str(target)
