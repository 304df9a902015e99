import json
import shlex
import subprocess
from typing import Literal

from pydantic import BaseModel, Field, HttpUrl


class DownloadRequest(BaseModel):
    url: HttpUrl
    channel: str = Field(pattern=r"^[a-z0-9_-]{1,40}$")
    audio_only: bool = False
    quality: Literal["best", "1080", "720", "480"] = "best"


FORMATS = {"best": "bv*+ba/b", "1080": "bv*[height<=1080]+ba", "720": "bv*[height<=720]+ba", "480": "bv*[height<=480]+ba"}


class Downloader:
    def __init__(self, root: str):
        self.root = root

    def _output(self, channel: str) -> str:
        return f"{self.root}/{channel}/%(upload_date)s-%(id)s.%(ext)s"

    def fetch(self, req: DownloadRequest) -> str:
        argv = ["yt-dlp", "--no-playlist", "-f", FORMATS[req.quality], "-o", self._output(req.channel), "--write-info-json"]
        if req.audio_only:
            argv += ["-x", "--audio-format", "opus"]
        argv += ["--", str(req.url)]
        # ok: tool-input-to-shell
        res = subprocess.run(argv, capture_output=True, text=True, timeout=3600)
        return res.stdout[-2000:]

    def fetch_raw(self, url: str, options: str) -> str:
        cmd = "yt-dlp --no-playlist {opts} -o '{out}' {url}".format(opts=options, out=self._output("misc"), url=shlex.quote(url))
        # ruleid: tool-input-to-shell
        res = subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=3600)
        return res.stdout[-2000:]

    def probe(self, url: str) -> dict:
        cmd = f"yt-dlp --dump-single-json --no-playlist -- {shlex.quote(url)}"
        # ok: tool-input-to-shell
        out = subprocess.check_output(cmd, shell=True, text=True, timeout=120)
        info = json.loads(out)
        return {"title": info.get("title"), "duration": info.get("duration"), "formats": len(info.get("formats", []))}
