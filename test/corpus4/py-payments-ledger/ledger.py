"""Postgres ledger access (psycopg 3)."""
import os
from decimal import Decimal

import psycopg
from psycopg import sql
from psycopg.rows import dict_row

DSN = os.environ.get("LEDGER_DSN", "postgresql://ledger@127.0.0.1/ledger")


def _conn():
    return psycopg.connect(DSN, row_factory=dict_row)


def entries_for_account(account: str, limit: int) -> list[dict]:
    with _conn() as conn:
        # ok: tool-input-to-sql
        return conn.execute("SELECT * FROM entries WHERE account = %s ORDER BY booked_at DESC LIMIT %s", (account, limit)).fetchall()


def balance_by(column: str) -> list[dict]:
    with _conn() as conn:
        # ok: tool-input-to-sql
        query = sql.SQL("SELECT {col}, SUM(amount) AS balance FROM entries GROUP BY {col}").format(col=sql.Identifier(column))
        return conn.execute(query).fetchall()


def search_memo(term: str, currency: str) -> list[dict]:
    with _conn() as conn:
        # ruleid: tool-input-to-sql
        return conn.execute(f"SELECT * FROM entries WHERE memo ILIKE '%{term}%' AND currency = '{currency}'").fetchall()


def post_entry(account: str, amount: Decimal, memo: str) -> int:
    with _conn() as conn:
        row = conn.execute("INSERT INTO entries (account, amount, memo) VALUES (%s, %s, %s) RETURNING id", (account, amount, memo)).fetchone()
        return row["id"]


def reverse_entries(ids: list[str]) -> int:
    id_list = ", ".join(ids)
    with _conn() as conn:
        # ruleid: tool-input-to-sql
        cur = conn.execute("UPDATE entries SET reversed = true WHERE id IN (" + id_list + ")")
        return cur.rowcount
