"""Lease parcels, water-quality classifications and harvest returns."""
import json
import os
from pathlib import Path

import requests

LEASE_DIR = Path(os.environ.get("LEASE_DIR", "/srv/oyster-leases")).resolve()
WQ_API = "https://waterquality.shellfish-authority.example/api/areas"


def lease_file(lease_id: str) -> Path:
    return LEASE_DIR / "leases" / f"{lease_id}.json"


def read_lease(lease_id: str) -> dict:
    # ruleid: tool-input-to-path
    return json.loads(lease_file(lease_id).read_text())


def read_survey(relative: str) -> bytes:
    full = os.path.realpath(os.path.join(LEASE_DIR, "surveys", relative))
    if os.path.commonpath([full, str(LEASE_DIR / "surveys")]) != str(LEASE_DIR / "surveys"):
        raise PermissionError("survey outside the surveys folder")
    # ok: tool-input-to-path
    with open(full, "rb") as fh:
        return fh.read()


def classification(area_code: str) -> dict:
    # ok: tool-input-to-url
    r = requests.get(f"{WQ_API}/{requests.utils.quote(area_code, safe='')}/classification", timeout=10)
    r.raise_for_status()
    return r.json()


def lab_result(lab_base: str, sample: str) -> dict:
    # ruleid: tool-input-to-url
    r = requests.get(lab_base.rstrip("/") + "/results/" + sample, timeout=10)
    return r.json()
