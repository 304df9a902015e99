import sqlite3

ORDERABLE = {"ip": "ip", "vendor": "vendor", "seen": "last_seen"}


class Inventory:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path, check_same_thread=False)
        self.conn.row_factory = sqlite3.Row

    def upsert_hosts(self, hosts: list[str]) -> None:
        self.conn.executemany("INSERT INTO assets (ip, last_seen) VALUES (?, datetime('now')) ON CONFLICT(ip) DO UPDATE SET last_seen = excluded.last_seen", [(h,) for h in hosts])
        self.conn.commit()

    def by_vendor_port(self, vendor: str, port: int) -> list[dict]:
        cur = self.conn.cursor()
        # ok: tool-input-to-sql
        cur.execute("SELECT a.ip, a.vendor FROM assets a JOIN ports p ON p.ip = a.ip WHERE a.vendor LIKE :vendor AND p.port = :port", {"vendor": f"%{vendor}%", "port": port})
        return [dict(r) for r in cur.fetchall()]

    def notes_like(self, pattern: str, order: str) -> list[dict]:
        column = ORDERABLE.get(order, "ip")
        sql = "SELECT ip, vendor, notes FROM assets WHERE notes LIKE '%s' ORDER BY %s" % (pattern, column)
        # ruleid: tool-input-to-sql
        return [dict(r) for r in self.conn.execute(sql)]
