import os
import sqlite3

DB = os.environ.get("SUDOKU_DB", "puzzles.db")


def _conn() -> sqlite3.Connection:
    return sqlite3.connect(DB)


def puzzles_by_difficulty(difficulty: str, limit: int = 10) -> list[tuple]:
    # difficulty is a Literal in the tool signature
    with _conn() as conn:
        # ok: tool-input-to-sql
        return conn.execute("SELECT id, givens FROM puzzles WHERE difficulty = '%s' ORDER BY random() LIMIT %d" % (difficulty, int(limit))).fetchall()


def puzzles_by_author(author: str) -> list[tuple]:
    with _conn() as conn:
        # ruleid: tool-input-to-sql
        return conn.execute(f"SELECT id, givens, difficulty FROM puzzles WHERE author = '{author}'").fetchall()


def save_puzzle(givens: str, difficulty: str, author: str) -> int:
    with _conn() as conn:
        # ok: tool-input-to-sql
        cur = conn.execute("INSERT INTO puzzles (givens, difficulty, author) VALUES (?, ?, ?)", (givens, difficulty, author))
        return cur.lastrowid
