import csv
import os
from pathlib import Path

MACHINES = {"laser": "relay-01", "cnc": "relay-02", "lathe": "relay-03", "tablesaw": "relay-04"}
JOBS = Path(os.environ.get("LASER_JOBS", "/srv/makerspace/laser")).resolve()
INDUCTIONS = "/srv/makerspace/inductions.csv"


def induction_ok(member: str, machine: str) -> bool:
    with open(INDUCTIONS, newline="") as fh:
        return any(r["member"] == member and r["machine"] == machine for r in csv.DictReader(fh))


def laser_job_path(name: str) -> str:
    p = (JOBS / name).resolve()
    if not p.is_relative_to(JOBS) or p.suffix != ".svg":
        raise ValueError("jobs must be SVG files in the laser folder")
    return str(p)
