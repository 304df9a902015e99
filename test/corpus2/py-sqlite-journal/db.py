import os
import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (id INTEGER PRIMARY KEY, day TEXT NOT NULL, mood TEXT, text TEXT);
CREATE TABLE IF NOT EXISTS tags (entry_id INTEGER, tag TEXT);
"""


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(os.environ.get("JOURNAL_DB", "journal.db"), check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.executescript(SCHEMA)
    return conn


def _like_clause(column: str, term: str) -> str:
    return "%s LIKE '%%%s%%'" % (column, term)


def search_entries(conn: sqlite3.Connection, keyword: str, limit: int) -> list[dict]:
    sql = "SELECT id, day, text FROM entries WHERE " + _like_clause("text", keyword) + " LIMIT " + str(int(limit))
    # ruleid: tool-input-to-sql
    rows = conn.execute(sql).fetchall()
    return [dict(r) for r in rows]


def by_mood(conn: sqlite3.Connection, mood: str) -> list[dict]:
    query = "SELECT id, day, text FROM entries WHERE mood = :mood ORDER BY day DESC"
    # ok: tool-input-to-sql
    rows = conn.execute(query, {"mood": mood}).fetchall()
    return [dict(r) for r in rows]
