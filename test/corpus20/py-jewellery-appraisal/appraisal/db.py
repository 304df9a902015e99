import os
import sqlite3

_conn = sqlite3.connect(os.environ.get("APPRAISAL_DB", "appraisal.db"), check_same_thread=False)
_conn.row_factory = sqlite3.Row


def query(sql: str, params: tuple = ()) -> list[dict]:
    cur = _conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute(sql, params)
    return [dict(r) for r in cur.fetchall()]


def query_params(sql: str, params: tuple) -> list[dict]:
    cur = _conn.cursor()
    # ok: tool-input-to-sql
    cur.execute(sql, params)
    return [dict(r) for r in cur.fetchall()]
