import subprocess

from ..app import mcp
from ..helpers import loudness_cmd, run_shell, safe_media_path, transcode_cmd


@mcp.tool()
async def transcode_stop(stop_file: str, bitrate: str = "96k") -> str:
    """Re-encode the narration of a tour stop to AAC."""
    return run_shell(transcode_cmd(stop_file, bitrate))


@mcp.tool()
async def measure_loudness(stop_file: str) -> str:
    """Integrated loudness of a narration file."""
    src = safe_media_path(stop_file)
    cmd = loudness_cmd(src)
    # ok: tool-input-to-shell
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stderr
    return out[-800:]


@mcp.tool()
async def duration(stop_file: str) -> str:
    """Duration in seconds of a narration file."""
    src = safe_media_path(stop_file)
    # ok: tool-input-to-shell
    proc = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(src)], capture_output=True, text=True)
    return proc.stdout.strip()
