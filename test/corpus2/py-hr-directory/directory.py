import csv
import os
import sqlite3

EXPORT_DIR = os.environ.get("HR_EXPORT_DIR", "exports")


class Directory:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row

    def find(self, name: str) -> list[sqlite3.Row]:
        # ok: tool-input-to-sql
        return self.conn.execute("SELECT id, name, title FROM employees WHERE name LIKE ? LIMIT 50", (f"%{name}%",)).fetchall()

    def reports(self, manager_id: int) -> list[sqlite3.Row]:
        # ok: tool-input-to-sql
        return self.conn.execute("SELECT name FROM employees WHERE manager_id = ?", (manager_id,)).fetchall()

    def export(self, department: str, export_id: str) -> None:
        # ruleid: tool-input-to-sql
        rows = self.conn.execute("SELECT id, name, title, email FROM employees WHERE department = '" + department + "'").fetchall()
        os.makedirs(EXPORT_DIR, exist_ok=True)
        with open(os.path.join(EXPORT_DIR, export_id + ".csv"), "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["id", "name", "title", "email"])
            w.writerows(tuple(r) for r in rows)
