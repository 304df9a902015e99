import sqlite3
from functools import lru_cache

DB = "/var/lib/taxcalc/rates.db"

BRACKET_TABLES = {"single": "brackets_single", "joint": "brackets_joint"}


@lru_cache(maxsize=1)
def _conn():
    return sqlite3.connect(DB, check_same_thread=False)


def brackets(jurisdiction: str, year: int, filing: str) -> list[tuple]:
    table = BRACKET_TABLES[filing]
    # ok: tool-input-to-sql
    return _conn().execute(f"SELECT lower, upper, rate FROM {table} WHERE jurisdiction = ? AND year = ? ORDER BY lower", (jurisdiction, year)).fetchall()


def search_notes(jurisdiction: str, text: str) -> list[tuple]:
    query = "SELECT year, note FROM notes WHERE jurisdiction = '{}' AND note LIKE '%{}%'".format(jurisdiction, text)
    # ruleid: tool-input-to-sql
    return _conn().execute(query).fetchall()
