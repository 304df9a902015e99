"""SQLite store for imported spreadsheet rows."""
import sqlite3
from contextlib import closing
from pathlib import Path

DB_PATH = Path(__file__).with_name("sheets.db")

SORT_COLUMNS = {"date": "row_date", "amount": "amount", "category": "category"}


def connect() -> sqlite3.Connection:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    conn.execute("CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, sheet TEXT, row_date TEXT, category TEXT, amount REAL, note TEXT)")
    return conn


def insert_rows(sheet: str, rows: list[tuple]) -> int:
    with closing(connect()) as conn, conn:
        # ok: tool-input-to-sql
        conn.executemany("INSERT INTO rows (sheet, row_date, category, amount, note) VALUES (?, ?, ?, ?, ?)", [(sheet, *r) for r in rows])
    return len(rows)


def by_category(category: str, sort: str) -> list[dict]:
    order = SORT_COLUMNS.get(sort, "row_date")
    with closing(connect()) as conn:
        # ok: tool-input-to-sql
        cur = conn.execute(f"SELECT * FROM rows WHERE category = ? ORDER BY {order}", (category,))
        return [dict(r) for r in cur.fetchall()]


def notes_matching(text: str) -> list[dict]:
    with closing(connect()) as conn:
        # ruleid: tool-input-to-sql
        cur = conn.execute("SELECT * FROM rows WHERE note LIKE '%%%s%%'" % text)
        return [dict(r) for r in cur.fetchall()]


def totals(sheet: str, min_amount: str) -> list[dict]:
    query = "SELECT category, SUM(amount) AS total FROM rows WHERE sheet = '{}' AND amount >= {} GROUP BY category".format(sheet, min_amount)
    with closing(connect()) as conn:
        # ruleid: tool-input-to-sql
        return [dict(r) for r in conn.execute(query).fetchall()]
