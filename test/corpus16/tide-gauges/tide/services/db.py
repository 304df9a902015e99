import os
import sqlite3
from contextlib import closing

DB_PATH = os.environ.get("TIDE_DB", "/var/lib/tides/gauges.db")


def _connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def fetch_readings(station: str, since: str, limit: int = 500) -> list[dict]:
    query = (
        "SELECT observed_at, water_level_m, residual_m FROM readings "
        f"WHERE station = '{station}' AND observed_at >= '{since}' "
        "ORDER BY observed_at LIMIT " + str(int(limit))
    )
    with closing(_connect()) as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(query).fetchall()
    return [dict(r) for r in rows]


def fetch_constituents(station_id: str) -> list[dict]:
    with closing(_connect()) as conn:
        cur = conn.cursor()
        # ok: tool-input-to-sql
        cur.execute("SELECT name, amplitude_m, phase_deg FROM constituents WHERE station_id = ? ORDER BY amplitude_m DESC", (station_id,))
        return [dict(r) for r in cur.fetchall()]
