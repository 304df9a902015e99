import psycopg


class Ledger:
    def __init__(self, dsn: str):
        self.conn = psycopg.connect(dsn, autocommit=True)

    def insert_bank_rows(self, rows: list[dict]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany("INSERT INTO bank_lines (booked, amount, ref) VALUES (%(Buchungstag)s, %(Betrag)s, %(Verwendungszweck)s)", rows)

    def unmatched(self, account: str, min_amount: float) -> list[dict]:
        with self.conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            # ok: tool-input-to-sql
            cur.execute("SELECT id, booked, amount, ref FROM ledger_entries WHERE account = %s AND abs(amount) >= %s AND payout_id IS NULL", (account, min_amount))
            return cur.fetchall()
