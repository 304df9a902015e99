import os
import sqlite3
from contextlib import contextmanager

DB_PATH = os.environ.get("BLOODBANK_DB", "/var/lib/bloodbank/inventory.db")

COMPONENT_TABLES = {
    "rbc": "units_red_cells",
    "plasma": "units_plasma",
    "platelets": "units_platelets",
    "cryo": "units_cryo",
}


@contextmanager
def cursor():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        yield conn.cursor()
        conn.commit()
    finally:
        conn.close()


def units_by_group(component: str, abo: str, rh: str) -> list[dict]:
    table = COMPONENT_TABLES[component]
    with cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(f"SELECT unit_no, abo, rh, expires FROM {table} WHERE abo = ? AND rh = ? AND status = 'available' ORDER BY expires", (abo, rh))
        return [dict(r) for r in cur.fetchall()]


def units_by_donor(donor_ref: str) -> list[dict]:
    sql = "SELECT unit_no, component, collected FROM donations WHERE donor_ref = '%s'" % donor_ref
    with cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(sql)
        return [dict(r) for r in cur.fetchall()]


def expiring(component: str, days: int) -> list[dict]:
    table = COMPONENT_TABLES.get(component, "units_red_cells")
    with cursor() as cur:
        cur.execute(f"SELECT unit_no, expires FROM {table} WHERE julianday(expires) - julianday('now') <= ?", (days,))
        return [dict(r) for r in cur.fetchall()]


def patient_history(mrn: str) -> list[dict]:
    with cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute("SELECT unit_no, issued_at, reaction FROM transfusions WHERE patient_mrn = '{}' ORDER BY issued_at DESC".format(mrn))
        return [dict(r) for r in cur.fetchall()]
