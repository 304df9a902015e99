import os
import re
from pathlib import Path

from mcp.server.fastmcp import FastMCP

from .services.omr import imslp_search, scan, transpose

LIBRARY = Path(os.environ.get("SCORES_LIBRARY", "/srv/scores/library"))

mcp = FastMCP("sheet-music-scanner")


@mcp.resource("scores://{score_id}/musicxml")
def score_xml(score_id: str) -> str:
    """MusicXML of a scanned score."""
    if not re.fullmatch(r"[0-9a-f]{12}", score_id):
        raise ValueError("unknown score id")
    # ok: tool-input-to-path
    with open(os.path.join(LIBRARY, score_id, "score.musicxml"), encoding="utf-8") as fh:
        return fh.read()


@mcp.tool()
def scan_pages(image_path: str, sheets: str | None = None) -> str:
    """Run optical music recognition on a scanned page or PDF."""
    return scan(image_path, sheets)


@mcp.tool()
def transpose_score(score_file: str, interval: str = "up-major-second") -> str:
    """Transpose a MusicXML score with MuseScore."""
    return transpose(score_file, interval)


@mcp.tool()
def find_public_domain(title: str) -> list[dict]:
    """Search the public-domain score archive by title."""
    return imslp_search(title)


@mcp.prompt()
def practice_plan(score_id: str, weeks: int = 4) -> str:
    """Plan the practice of a piece."""
    return f"Read scores://{score_id}/musicxml and draft a {weeks}-week practice plan, hardest passages first."


if __name__ == "__main__":
    mcp.run()
