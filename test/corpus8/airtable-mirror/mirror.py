import json
import re
import sqlite3

SAFE_TABLE = re.compile(r"[A-Za-z0-9_]+")


class Mirror:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def _table(self, name: str) -> str:
        return "t_" + re.sub(r"[^A-Za-z0-9_]", "_", name)

    def store(self, table: str, records: list[dict]) -> None:
        t = self._table(table)
        self.conn.execute(f"CREATE TABLE IF NOT EXISTS {t} (id TEXT PRIMARY KEY, fields TEXT)")
        self.conn.executemany(f"INSERT OR REPLACE INTO {t} VALUES (?, ?)", [(r["id"], json.dumps(r["fields"])) for r in records])
        self.conn.commit()

    def query(self, table: str, formula: str) -> list[dict]:
        where = f"WHERE {formula}" if formula else ""
        # ruleid: tool-input-to-sql
        rows = self.conn.execute(f"SELECT id, fields FROM {self._table(table)} {where} LIMIT 500").fetchall()
        return [{"id": i, **json.loads(f)} for i, f in rows]

    def get(self, table: str, record_id: str) -> dict | None:
        if not SAFE_TABLE.match(table):
            raise ValueError("bad table name")
        # ruleid: tool-input-to-sql
        row = self.conn.execute(f"SELECT fields FROM t_{table} WHERE id = ?", (record_id,)).fetchone()
        return json.loads(row[0]) if row else None
