import logging
import os

import psycopg2

log = logging.getLogger("bridges.db")

# ruleid: hardcoded-secret
DB_PASSWORD = "br1dge-Insp3ct!2024"
DSN = f"dbname=bridges user=inspector password={DB_PASSWORD} host={os.environ.get('PGHOST', 'localhost')}"

SORTABLE = {"rating": "condition_rating", "inspected": "last_inspected", "span": "span_m"}


def _conn():
    return psycopg2.connect(DSN)


def defects_for(bridge_id: str, severity: str) -> list[tuple]:
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT element, defect, severity, photo FROM defects WHERE bridge_id = '{bridge_id}' AND severity >= {severity}")
        return cur.fetchall()


def bridges_by_route(route: str, sort: str) -> list[tuple]:
    column = SORTABLE.get(sort, "condition_rating")
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT id, name, " + column + " FROM bridges WHERE route = %s ORDER BY " + column, (route,))
        return cur.fetchall()


def record_inspection(bridge_id: str, inspector: str, rating: int) -> None:
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("INSERT INTO inspections (bridge_id, inspector, rating) VALUES (%(b)s, %(i)s, %(r)s)", {"b": bridge_id, "i": inspector, "r": rating})


def search_notes(term: str) -> list[tuple]:
    sql = "SELECT bridge_id, note FROM notes WHERE note ILIKE '%%%s%%'" % term
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(sql)
        return cur.fetchall()
