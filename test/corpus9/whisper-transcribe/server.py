import asyncio
import functools
import logging
import shlex
from pathlib import Path

from fastmcp import FastMCP

log = logging.getLogger("whisper-mcp")
mcp = FastMCP("whisper-transcribe")

AUDIO_DIR = Path("/srv/audio").resolve()
MODELS = {"tiny", "base", "small", "medium", "large-v3"}


def log_calls(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        log.info("call %s", fn.__name__)
        return await fn(*args, **kwargs)

    return wrapper


async def _run_shell(cmd: str) -> str:
    # ruleid: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    if proc.returncode:
        raise RuntimeError(err.decode()[-1500:])
    return out.decode()


@mcp.tool
@log_calls
async def transcribe(file: str, model: str = "base", language: str = "en") -> str:
    """Transcribe an audio file with the whisper CLI."""
    cmd = "whisper {} --model {} --language {} --output_format txt --output_dir /tmp/whisper".format(AUDIO_DIR / file, model, language)
    await _run_shell(cmd)
    return (Path("/tmp/whisper") / (Path(file).stem + ".txt")).read_text()


@mcp.tool
@log_calls
async def detect_language(file: str, model: str = "tiny") -> str:
    """Detect the spoken language of an audio file."""
    if model not in MODELS:
        raise ValueError(f"model must be one of {sorted(MODELS)}")
    target = (AUDIO_DIR / file).resolve()
    if not target.is_relative_to(AUDIO_DIR):
        raise ValueError("file outside audio dir")
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_exec("whisper", str(target), "--model", model, "--task", "detect_language", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode()


@mcp.tool
async def audio_duration(file: str) -> str:
    """Duration of an audio file in seconds (ffprobe)."""
    quoted = shlex.quote(str(AUDIO_DIR / file))
    # ok: tool-input-to-shell
    proc = await asyncio.create_subprocess_shell(f"ffprobe -v error -show_entries format=duration -of csv=p=0 {quoted}", stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out.decode().strip()


if __name__ == "__main__":
    mcp.run()
