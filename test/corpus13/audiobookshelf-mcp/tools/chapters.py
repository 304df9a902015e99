import json
import subprocess
from pathlib import Path

from tools import LIBRARY_ROOT, abs_get, item_path

TOOL = {"name": "chapters", "description": "Chapter list of a book; falls back to ffprobe on the audio file."}

ROOT = Path(LIBRARY_ROOT).resolve()


def _ffprobe_chapters(audio: Path) -> list[dict]:
    # ok: tool-input-to-shell
    proc = subprocess.run(["ffprobe", "-v", "quiet", "-print_format", "json", "-show_chapters", str(audio)], capture_output=True, text=True, timeout=60)
    return json.loads(proc.stdout or "{}").get("chapters", [])


def run(item_id: str, audio_file: str | None = None) -> str:
    item = abs_get(item_path(item_id))
    chapters = item.get("media", {}).get("chapters", [])
    if not chapters and audio_file:
        audio = (ROOT / audio_file).resolve()
        if not audio.is_relative_to(ROOT):
            raise ValueError("audio file must be inside the library")
        chapters = [{"title": c.get("tags", {}).get("title", ""), "start": float(c["start_time"])} for c in _ffprobe_chapters(audio)]
    return "\n".join(f"{c['start']:>9.1f}s  {c['title']}" for c in chapters) or "no chapters"
