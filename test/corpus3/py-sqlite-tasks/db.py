"""SQLite storage for the task server."""
import sqlite3
from contextlib import contextmanager
from pathlib import Path

DB_PATH = Path.home() / ".local" / "share" / "mcp-tasks" / "tasks.db"

SCHEMA = """
CREATE TABLE IF NOT EXISTS tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    project TEXT NOT NULL DEFAULT 'inbox',
    priority INTEGER NOT NULL DEFAULT 3,
    due TEXT,
    done INTEGER NOT NULL DEFAULT 0
);
"""

SORT_COLUMNS = {"due": "due", "priority": "priority DESC", "created": "id"}


@contextmanager
def connect():
    DB_PATH.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        conn.executescript(SCHEMA)
        yield conn
        conn.commit()
    finally:
        conn.close()


def tasks_in_project(conn: sqlite3.Connection, project: str) -> list[dict]:
    query = "SELECT * FROM tasks WHERE project = '" + project + "' AND done = 0"
    # ruleid: tool-input-to-sql
    return [dict(r) for r in conn.execute(query).fetchall()]


def tasks_by_ids(conn: sqlite3.Connection, ids: list[int]) -> list[dict]:
    marks = ",".join("?" for _ in ids)
    # ok: tool-input-to-sql
    return [dict(r) for r in conn.execute(f"SELECT * FROM tasks WHERE id IN ({marks})", ids).fetchall()]
