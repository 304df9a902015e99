import os
import sqlite3
from pathlib import Path

DB = os.environ.get("MUSEUM_DB", "/srv/collections/catalog.sqlite")
IMAGES = Path(os.environ.get("MUSEUM_IMAGES", "/srv/collections/images"))

ORDER = {
    "accession": "accession_no",
    "date": "date_made",
    "title": "title COLLATE NOCASE",
}


def _db() -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


def object_by_accession(accession: str) -> dict | None:
    with _db() as conn:
        # ruleid: tool-input-to-sql
        row = conn.execute(f"SELECT * FROM objects WHERE accession_no = '{accession}'").fetchone()
    return dict(row) if row else None


def search_objects(term: str, sort: str, limit: int) -> list[dict]:
    order = ORDER.get(sort, ORDER["accession"])
    with _db() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(f"SELECT accession_no, title, maker, date_made FROM objects WHERE title LIKE ? OR maker LIKE ? ORDER BY {order} LIMIT ?", (f"%{term}%", f"%{term}%", limit)).fetchall()
    return [dict(r) for r in rows]


def image_bytes(rel: str) -> bytes:
    # ruleid: tool-input-to-path
    return (IMAGES / rel).read_bytes()
