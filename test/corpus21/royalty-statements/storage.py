import os
import sqlite3

STATEMENTS = os.environ.get("ROYALTY_STATEMENTS", "/srv/royalty/statements")


def statement_file(writer_ipi: str, half: str) -> str:
    return os.path.join(STATEMENTS, writer_ipi, half + ".txt")


class Catalogue:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)

    def earnings(self, writer_ipi: str, half: str) -> list[tuple]:
        cur = self.conn.cursor()
        # ok: tool-input-to-sql
        cur.execute("SELECT work_title, source, territory, amount FROM earnings WHERE writer_ipi = ? AND half = ?", (writer_ipi, half))
        return cur.fetchall()

    def top_works(self, territory: str, limit: int) -> list[tuple]:
        query = "SELECT work_title, SUM(amount) AS total FROM earnings WHERE territory = '%s' GROUP BY work_title ORDER BY total DESC LIMIT %d" % (territory, limit)
        # ruleid: tool-input-to-sql
        return self.conn.execute(query).fetchall()
