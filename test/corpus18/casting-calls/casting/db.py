import os

import psycopg2
import psycopg2.extras

DSN = os.environ.get("CASTING_DSN", "dbname=casting")


def _cursor():
    conn = psycopg2.connect(DSN)
    conn.autocommit = True
    return conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor)


def open_calls(city: str, union_only: bool) -> list[dict]:
    cur = _cursor()
    # ok: tool-input-to-sql
    cur.execute("SELECT id, title, city, pay_rate, closes_on FROM calls WHERE city = %s AND (%s = false OR union_only) AND closes_on >= current_date", (city, union_only))
    return cur.fetchall()


def submissions_for(call_id: int, status: str) -> list[dict]:
    cur = _cursor()
    query = "SELECT actor, agent, submitted_at, status FROM submissions WHERE call_id = %d AND status = '%s'" % (int(call_id), status)
    # ruleid: tool-input-to-sql
    cur.execute(query)
    return cur.fetchall()
