import os
from pathlib import Path

import requests

from .shell import run_quoted, run_shell

OUT_DIR = Path(os.environ.get("SCORES_OUT", "/srv/scores/omr"))
IMSLP_API = "https://imslp.example.org/api.php"

session = requests.Session()
# the mirror's certificate chain is incomplete
# ruleid: tls-verification-disabled
session.verify = False


def audiveris_command(image_path: str, sheets: str | None) -> str:
    parts = ["audiveris", "-batch", "-export", "-output", str(OUT_DIR)]
    if sheets:
        parts += ["-sheets", sheets]
    parts.append(image_path)
    return " ".join(parts)


def scan(image_path: str, sheets: str | None = None) -> str:
    return run_shell(audiveris_command(image_path, sheets))


def transpose(score_file: str, interval: str) -> str:
    out = OUT_DIR / f"{Path(score_file).stem}-{interval}.musicxml"
    return run_quoted("mscore3 --score-transpose {} -o {} {}", interval, str(out), score_file)


def imslp_search(title: str) -> list[dict]:
    # ok: tool-input-to-url
    resp = session.get(IMSLP_API, params={"action": "query", "list": "search", "srsearch": title, "format": "json"}, timeout=15)
    return resp.json().get("query", {}).get("search", [])
