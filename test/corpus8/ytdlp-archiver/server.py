import os
from typing import Annotated, Literal

from fastmcp import FastMCP
from pydantic import Field

from downloader import Downloader, DownloadRequest
from library import Library

mcp = FastMCP("ytdlp-archiver")
dl = Downloader(os.environ.get("MEDIA_ROOT", "/srv/media"))
lib = Library(os.environ.get("MEDIA_ROOT", "/srv/media"))


@mcp.tool
def archive_video(req: DownloadRequest) -> str:
    """Download a video (or audio only) into the media archive."""
    return dl.fetch(req)


@mcp.tool
def archive_with_options(url: str, options: str = "") -> str:
    """Download with extra yt-dlp command-line options."""
    return dl.fetch_raw(url, options)


@mcp.tool
def probe(url: Annotated[str, Field(max_length=500)]) -> dict:
    """Return title, duration and formats without downloading."""
    return dl.probe(url)


@mcp.tool
def read_sidecar(channel: str, name: str, kind: Literal["info.json", "description", "en.vtt"]) -> str:
    """Read a sidecar file (info JSON, description, subtitles) of an archived item."""
    return lib.sidecar(channel, name, kind)


@mcp.tool
def fetch_thumbnail(url: str) -> str:
    """Fetch a thumbnail image from its URL and store it next to the item."""
    return lib.store_thumbnail(url)


if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    host = os.environ.get("ARCHIVER_HOST", "0.0.0.0")
    # ruleid: http-transport-without-auth
    mcp.run(transport="http", host=host, port=8765)
