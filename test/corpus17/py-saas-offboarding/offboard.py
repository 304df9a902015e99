"""Offboarding checklist storage."""

import secrets
import sqlite3

db = sqlite3.connect("offboarding.db", check_same_thread=False)
db.execute("CREATE TABLE IF NOT EXISTS checklist (user TEXT, app TEXT, status TEXT, at TEXT DEFAULT CURRENT_TIMESTAMP)")


def record(user: str, app: str, status: str) -> None:
    # ok: tool-input-to-sql
    db.execute("INSERT INTO checklist (user, app, status) VALUES (?, ?, ?)", (user, app, status))
    db.commit()


def status_of(user: str) -> list[tuple]:
    # ruleid: tool-input-to-sql
    return db.execute(f"SELECT app, status, at FROM checklist WHERE user = '{user}' ORDER BY at").fetchall()


def temporary_password() -> str:
    # ok: insecure-randomness
    return secrets.token_urlsafe(18)
