import os

import pymysql

# ok: hardcoded-secret
DB_PASSWORD = os.environ["REPORTING_DB_PASSWORD"]


def _conn():
    return pymysql.connect(host="127.0.0.1", user="reporting", password=DB_PASSWORD, database="reporting")


def jobs_for_reporter(reporter: str, status: str) -> list[tuple]:
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT job_id, court, hearing_date, pages FROM jobs WHERE reporter = %(r)s AND status = %(s)s", {"r": reporter, "s": status})
        return list(cur.fetchall())


def search_jobs(court: str, keyword: str) -> list[tuple]:
    sql = "SELECT job_id, caption FROM jobs WHERE court = '%s' AND caption LIKE '%%%s%%'" % (court, keyword)
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(sql)
        return list(cur.fetchall())
