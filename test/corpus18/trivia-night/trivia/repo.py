import os
import sqlite3

DB = os.environ.get("TRIVIA_DB", "trivia.db")

TABLES = {"questions": "questions", "scores": "team_scores", "teams": "teams"}


def conn() -> sqlite3.Connection:
    c = sqlite3.connect(DB)
    c.row_factory = sqlite3.Row
    return c


def add_question(round_: str, prompt: str, answer: str, points: int) -> int:
    with conn() as c:
        return c.execute("INSERT INTO questions (round, prompt, answer, points) VALUES (?, ?, ?, ?)", (round_, prompt, answer, points)).lastrowid


def create_round(night: str, name: str) -> None:
    with conn() as c:
        # ruleid: tool-input-to-sql
        c.executescript(f"INSERT INTO rounds (night, name) VALUES ('{night}', '{name}'); UPDATE nights SET rounds = rounds + 1 WHERE id = '{night}';")


def count_rows(kind: str, night: str) -> int:
    table = TABLES.get(kind)
    if table is None:
        raise ValueError(f"kind must be one of {sorted(TABLES)}")
    with conn() as c:
        # ok: tool-input-to-sql
        return c.execute(f"SELECT count(*) FROM {table} WHERE night = ?", (night,)).fetchone()[0]


def record_score(team: str, round_: int, points: int) -> None:
    with conn() as c:
        c.execute("INSERT INTO team_scores (team, round, points) VALUES (?, ?, ?)", (team, round_, points))
