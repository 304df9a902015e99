import os

import psycopg
from psycopg.rows import dict_row


class Cellar:
    def __init__(self) -> None:
        self.conn = psycopg.connect(os.environ["CELLAR_DSN"], row_factory=dict_row, autocommit=True)

    def find(self, producer: str | None = None, region: str | None = None, vintage: int | None = None) -> list[dict]:
        clauses, params = [], []
        if producer:
            clauses.append("producer ILIKE %s")
            params.append(f"%{producer}%")
        if region:
            clauses.append("region = %s")
            params.append(region)
        if vintage:
            clauses.append("vintage = %s")
            params.append(vintage)
        where = " AND ".join(clauses) or "TRUE"
        with self.conn.cursor() as cur:
            # ok: tool-input-to-sql
            cur.execute("SELECT id, producer, cuvee, vintage, rack, slot FROM bottles WHERE " + where + " ORDER BY vintage", tuple(params))
            return cur.fetchall()

    def drink_window(self, year: int, sort: str) -> list[dict]:
        query = "SELECT id, producer, cuvee, vintage, drink_from, drink_to FROM bottles WHERE %d BETWEEN drink_from AND drink_to ORDER BY %s" % (int(year), sort)
        with self.conn.cursor() as cur:
            # ruleid: tool-input-to-sql
            cur.execute(query)
            return cur.fetchall()

    def replace_inventory(self, inventory: list[dict]) -> str:
        with self.conn.transaction(), self.conn.cursor() as cur:
            cur.execute("DELETE FROM bottles")
            cur.executemany(
                "INSERT INTO bottles (producer, cuvee, vintage, rack, slot, drink_from, drink_to) VALUES (%(producer)s, %(cuvee)s, %(vintage)s, %(rack)s, %(slot)s, %(drink_from)s, %(drink_to)s)",
                inventory,
            )
        return f"restored {len(inventory)} bottles"

    def add_notes(self, notes: list[dict]) -> str:
        with self.conn.cursor() as cur:
            for n in notes:
                cur.execute("INSERT INTO notes (bottle_id, score, text) VALUES (%s, %s, %s)", (n["bottle_id"], n.get("score"), n.get("text", "")))
        return f"added {len(notes)} notes"

    def pull(self, bottle_id: int) -> str:
        with self.conn.cursor() as cur:
            cur.execute("UPDATE bottles SET drunk_on = now(), rack = NULL, slot = NULL WHERE id = %s", (bottle_id,))
        return f"bottle {bottle_id} pulled"
