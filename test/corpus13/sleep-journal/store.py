import json
import sqlite3

DB = sqlite3.connect("/var/lib/sleep/journal.sqlite", check_same_thread=False)


def night_row(night_date: str) -> str:
    cur = DB.cursor()
    # ruleid: tool-input-to-sql
    cur.execute(f"SELECT * FROM nights WHERE night = '{night_date}'")
    row = cur.fetchone()
    cols = [c[0] for c in cur.description]
    return json.dumps(dict(zip(cols, row)) if row else {})


def nights_between(start: str, end: str) -> list[dict]:
    cur = DB.cursor()
    # ok: tool-input-to-sql
    cur.execute("SELECT night, minutes_asleep, efficiency, hrv FROM nights WHERE night BETWEEN ? AND ? ORDER BY night", (start, end))
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def insert_nights(rows: list[dict]) -> int:
    DB.executemany("INSERT OR REPLACE INTO nights (night, minutes_asleep, efficiency, hrv) VALUES (:night, :minutes_asleep, :efficiency, :hrv)", rows)
    DB.commit()
    return len(rows)
