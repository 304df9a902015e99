import os
import sqlite3

CATALOG_DB = os.environ.get("FITS_CATALOG", "/data/observatory/catalog.sqlite")


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(CATALOG_DB)
    conn.row_factory = sqlite3.Row
    return conn


def observations_of(target):
    with connect() as conn:
        cur = conn.cursor()
        # ruleid: tool-input-to-sql
        cur.execute("SELECT obs_id, target, filter, exposure_s, date_obs FROM observations WHERE target = '%s' ORDER BY date_obs" % target)
        return [dict(r) for r in cur.fetchall()]


def cone_search(ra: float, dec: float, radius_deg: float):
    with connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute("SELECT obs_id, target, ra, dec FROM observations WHERE ra BETWEEN ? AND ? AND dec BETWEEN ? AND ?", (ra - radius_deg, ra + radius_deg, dec - radius_deg, dec + radius_deg)).fetchall()
        return [dict(r) for r in rows]


def night_log(night: str, columns: list[str]):
    wanted = ", ".join(columns) if columns else "*"
    with connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(f"SELECT {wanted} FROM observations WHERE date(date_obs) = ?", (night,)).fetchall()
        return [dict(r) for r in rows]
