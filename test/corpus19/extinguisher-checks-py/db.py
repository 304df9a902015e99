"""Postgres access for extinguisher checks (psycopg 3)."""
import os

import psycopg
from psycopg.rows import dict_row

DSN = os.environ.get("EXTINGUISHER_DSN", "postgresql://localhost/firesafety")

REPORT_TABLES = {
    "checks": "extinguisher_checks",
    "units": "extinguisher_units",
    "overdue": "overdue_service_v",
}


def connect() -> psycopg.Connection:
    return psycopg.connect(DSN, row_factory=dict_row)


def insert_check(conn, check: dict) -> None:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO extinguisher_checks (serial, building, checked_on, pressure_ok, seal_intact, notes) "
            "VALUES (%(serial)s, %(building)s, %(checked_on)s, %(pressure_ok)s, %(seal_intact)s, %(notes)s)",
            check,
        )
    conn.commit()


def units_in_building(conn, building: str, floor: int | None) -> list[dict]:
    sql = "SELECT * FROM extinguisher_units WHERE building = %s"
    params: list = [building]
    if floor is not None:
        sql += " AND floor = %s"
        params.append(floor)
    with conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(sql, params)
        return cur.fetchall()


def report_rows(conn, report: str, limit: int) -> list[dict]:
    table = REPORT_TABLES[report]
    with conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(f"SELECT * FROM {table} ORDER BY 1 DESC LIMIT %s", (limit,))
        return cur.fetchall()


def history(conn, serial: str, order: str) -> list[dict]:
    with conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT checked_on, pressure_ok, seal_intact, notes FROM extinguisher_checks WHERE serial = '{serial}' ORDER BY {order}")
        return cur.fetchall()
