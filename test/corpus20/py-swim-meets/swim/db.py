import sqlite3

_conn = sqlite3.connect("meet.db", check_same_thread=False)


def results_for_event(event: int, gender: str) -> list[dict]:
    cur = _conn.execute(
        "SELECT place, swimmer, time FROM results WHERE event = ? AND gender = ? ORDER BY place",
        (event, gender),
    )
    return [dict(zip(("place", "swimmer", "time"), r)) for r in cur.fetchall()]
