"""SQLite access for the HR directory (employees, leave balances)."""
from __future__ import annotations

import logging
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

log = logging.getLogger("hr.db")
DB_PATH = "hr.sqlite3"


@dataclass
class Employee:
    id: int
    name: str
    department: str
    manager_id: int | None
    email: str


@contextmanager
def connect() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    try:
        yield conn
    finally:
        conn.close()


def by_department(department: str) -> list[Employee]:
    with connect() as conn:
        cur = conn.cursor()
        # ok: tool-input-to-sql
        cur.execute("SELECT id, name, department, manager_id, email FROM employees WHERE department = ? ORDER BY name", (department,))
        return [Employee(**dict(r)) for r in cur.fetchall()]


def search(name_fragment: str, active_only: bool = True) -> list[Employee]:
    query = f"SELECT id, name, department, manager_id, email FROM employees WHERE name LIKE '%{name_fragment}%'"
    if active_only:
        query += " AND terminated_at IS NULL"
    with connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(query).fetchall()
    return [Employee(**dict(r)) for r in rows]


def leave_balance(employee_id: int) -> dict[str, float]:
    with connect() as conn:
        rows = conn.execute("SELECT kind, days FROM leave_balances WHERE employee_id = ?", (employee_id,)).fetchall()
    return {r["kind"]: r["days"] for r in rows}


def update_fields(employee_id: int, fields: dict) -> int:
    allowed = {"department", "manager_id", "email", "phone", "ssn"}
    sets = []
    values = []
    for key, value in fields.items():
        if key in allowed:
            sets.append(f"{key} = ?")
            values.append(value)
    if not sets:
        return 0
    with connect() as conn:
        # ok: tool-input-to-sql
        cur = conn.execute(f"UPDATE employees SET {', '.join(sets)} WHERE id = ?", (*values, employee_id))
        conn.commit()
        return cur.rowcount
