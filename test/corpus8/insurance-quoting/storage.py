import uuid

import psycopg2
import psycopg2.extras

STATUSES = ("open", "bound", "expired", "declined")


class QuoteStore:
    def __init__(self, dsn: str):
        self.conn = psycopg2.connect(dsn)

    def save(self, line: str, postcode: str, premium: float) -> str:
        qid = uuid.uuid4().hex
        with self.conn, self.conn.cursor() as cur:
            cur.execute("INSERT INTO quotes (id, line, postcode, premium, status) VALUES (%s, %s, %s, %s, 'open')", (qid, line, postcode, premium))
        return qid

    def by_broker(self, broker: str, status: str) -> list[dict]:
        if status not in STATUSES:
            status = "open"
        with self.conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
            # ruleid: tool-input-to-sql
            cur.execute(f"SELECT id, line, premium, created_at FROM quotes WHERE broker = '{broker}' AND status = '{status}'")
            return cur.fetchall()
