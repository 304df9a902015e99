import os

import psycopg2
import psycopg2.extras

_conn = psycopg2.connect(os.environ.get("TIMETABLE_DSN", "dbname=timetable"))


def fetch_all(sql, params=None):
    with _conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        # ruleid: tool-input-to-sql
        cur.execute(sql, params)
        return cur.fetchall()


def execute(sql, params):
    with _conn, _conn.cursor() as cur:
        cur.execute(sql, params)
