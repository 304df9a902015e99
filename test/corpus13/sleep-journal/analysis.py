import os
import pickle
from collections import defaultdict
from datetime import date

from store import insert_nights

BACKUP_DIR = "/mnt/nas/sleep-backups"
BASELINE_CACHE = "/var/lib/sleep/baseline.pkl"


def weekly_trend(nights: list[dict]) -> dict:
    weeks: dict[str, list[dict]] = defaultdict(list)
    for n in nights:
        y, w, _ = date.fromisoformat(n["night"]).isocalendar()
        weeks[f"{y}-W{w:02d}"].append(n)
    return {
        wk: {
            "hours": round(sum(n["minutes_asleep"] for n in ns) / len(ns) / 60, 2),
            "efficiency": round(sum(n["efficiency"] for n in ns) / len(ns), 1),
            "hrv": round(sum(n["hrv"] for n in ns) / len(ns), 1),
        }
        for wk, ns in sorted(weeks.items())
    }


def cached_baseline() -> dict:
    with open(BASELINE_CACHE, "rb") as fh:
        # ok: unsafe-deserialization
        return pickle.load(fh)


def restore_backup(backup_file: str) -> str:
    path = os.path.join(BACKUP_DIR, backup_file)
    # ruleid: tool-input-to-path
    with open(path, "rb") as fh:
        # ruleid: unsafe-deserialization
        nights = pickle.load(fh)
    return f"restored {insert_nights(nights)} nights"
