import shlex
import subprocess
from pathlib import Path

from .app import MEDIA_ROOT


def safe_media_path(rel: str) -> Path:
    p = (MEDIA_ROOT / rel).resolve()
    if not p.is_relative_to(MEDIA_ROOT):
        raise ValueError("outside media root")
    return p


def transcode_cmd(src: str, bitrate: str) -> str:
    return f"ffmpeg -y -i {src} -b:a {bitrate} {src}.m4a"


def loudness_cmd(src: Path) -> str:
    return "ffmpeg -i " + shlex.quote(str(src)) + " -af ebur128 -f null -"


def run_shell(cmd: str) -> str:
    # ruleid: tool-input-to-shell
    proc = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=300)
    return proc.stdout + proc.stderr
