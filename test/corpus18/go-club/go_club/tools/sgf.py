import os
import subprocess
from pathlib import Path

from ..app import mcp

SGF_ROOT = Path(os.environ.get("GO_SGF_ROOT", "/srv/goclub/sgf")).resolve()


def _sgf_path(name: str) -> Path:
    path = (SGF_ROOT / name).resolve()
    if not path.is_relative_to(SGF_ROOT) or path.suffix != ".sgf":
        raise ValueError("not an SGF file in the club archive")
    return path


@mcp.tool()
def read_sgf(name: str) -> str:
    """Raw SGF of an archived game."""
    path = _sgf_path(name)
    # ok: tool-input-to-path
    return path.read_text(encoding="utf-8", errors="replace")


@mcp.tool()
def estimate_score(name: str, level: int = 10) -> str:
    """Territory estimate of the final position by GNU Go."""
    path = _sgf_path(name)
    # ok: tool-input-to-shell
    out = subprocess.run(["gnugo", "--score", "estimate", "--level", str(int(level)), "--infile", str(path)], capture_output=True, text=True, timeout=120)
    return out.stdout or out.stderr


@mcp.tool()
def replay_to_move(name: str, move: int) -> str:
    """Board after a given move, as printed by GNU Go."""
    if ".." in name:
        raise ValueError("invalid game name")
    sgf_path = os.path.join(SGF_ROOT, name)
    # ruleid: tool-input-to-shell
    out = subprocess.check_output(f"gnugo --mode ascii --infile {sgf_path} --until {int(move)} --printsgf /dev/stdout", shell=True, text=True)
    return out


@mcp.tool()
# ruleid: weak-input-schema
def upload_game(game: dict) -> str:
    """Store an SGF sent by a member; `game` holds name and sgf."""
    if ".." in game["name"]:
        raise ValueError("invalid game name")
    target = os.path.join(SGF_ROOT, game["name"])
    # ruleid: tool-input-to-path
    with open(target, "w", encoding="utf-8") as fh:
        fh.write(game["sgf"])
    return f"stored {target}"
