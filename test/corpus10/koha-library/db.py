import os
from contextlib import contextmanager

import pymysql
import pymysql.cursors


def connect():
    return pymysql.connect(
        host=os.environ.get("KOHA_DB_HOST", "localhost"),
        user=os.environ.get("KOHA_DB_USER", "koha_ro"),
        password=os.environ["KOHA_DB_PASSWORD"],
        database=os.environ.get("KOHA_DB_NAME", "koha_library"),
        cursorclass=pymysql.cursors.DictCursor,
    )


@contextmanager
def cursor():
    conn = connect()
    try:
        with conn.cursor() as cur:
            yield cur
        conn.commit()
    finally:
        conn.close()


def query(sql: str) -> list[dict]:
    with cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(sql)
        return cur.fetchall()
