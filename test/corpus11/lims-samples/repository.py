"""Data access for the LIMS sample tracker (PostgreSQL via SQLAlchemy)."""
import os
from typing import Any

from sqlalchemy import create_engine, text

engine = create_engine(os.environ.get("LIMS_DB_URL", "postgresql+psycopg://lims@localhost/lims"), pool_pre_ping=True)

SORTABLE = {"received": "received_at", "barcode": "barcode", "status": "status"}


def sample_by_barcode(barcode: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        row = conn.execute(text("SELECT id, barcode, status, received_at FROM samples WHERE barcode = :bc"), {"bc": barcode}).mappings().first()
    return dict(row) if row else None


def samples_in_study(study: str, order_by: str) -> list[dict[str, Any]]:
    column = SORTABLE.get(order_by, "received_at")
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        rows = conn.execute(text(f"SELECT id, barcode, status FROM samples WHERE study_code = :study ORDER BY {column}"), {"study": study}).mappings().all()
    return [dict(r) for r in rows]


def build_filter(filters: dict) -> str:
    parts = [f"{key} = '{value}'" for key, value in filters.items()]
    return " AND ".join(parts) or "TRUE"


def search_samples(filters: dict) -> list[dict[str, Any]]:
    where = build_filter(filters)
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(text("SELECT id, barcode, status FROM samples WHERE " + where + " LIMIT 500")).mappings().all()
    return [dict(r) for r in rows]


def update_status(barcode: str, status: str, note: str) -> int:
    with engine.begin() as conn:
        # ruleid: tool-input-to-sql
        result = conn.execute(text("UPDATE samples SET status = '%s', note = '%s' WHERE barcode = '%s'" % (status, note, barcode)))
    return result.rowcount
