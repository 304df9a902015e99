import json
import logging
import os
import subprocess
from pathlib import Path
from urllib.parse import quote

import requests

log = logging.getLogger("locksmith")

KEY_DIR = Path(os.environ.get("KEY_BLANKS", "/srv/locksmith/blanks"))
JOB_DIR = Path(os.environ.get("LOCKSMITH_JOBS", "/srv/locksmith/jobs")).resolve()
CODE_SERVICE = "https://codes.keyline-data.com/v2"


def blank_spec(code: str) -> dict:
    # ruleid: tool-input-to-path
    with open(KEY_DIR / f"{code}.json", encoding="utf-8") as fh:
        return json.load(fh)


def job_sheet(job_no: str) -> str:
    sheet = (JOB_DIR / f"{job_no}.txt").resolve()
    if not sheet.is_relative_to(JOB_DIR):
        raise PermissionError("bad job number")
    # ok: tool-input-to-path
    return sheet.read_text(encoding="utf-8")


def cut_key(blank: str, bitting: str) -> str:
    # ok: tool-input-to-shell
    res = subprocess.run(["keymachine", "--blank", blank, "--cut", bitting, "--dry-run=false"], capture_output=True, text=True, check=True)
    return res.stdout.strip()


def code_lookup(manufacturer: str, code: str) -> dict:
    # ok: tool-input-to-url
    r = requests.get(f"{CODE_SERVICE}/{quote(manufacturer, safe='')}/{quote(code, safe='')}", timeout=8)
    r.raise_for_status()
    return r.json()


def record_access_code(customer: str, code: str) -> None:
    masked = "*" * (len(code) - 2) + code[-2:]
    # ok: sensitive-data-logged
    log.info("access code stored for %s (%s)", customer, masked)
