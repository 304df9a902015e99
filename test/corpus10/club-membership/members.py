import logging
import os
import random
import secrets
import string
import traceback

from sqlalchemy import create_engine, text

log = logging.getLogger("club")
engine = create_engine(os.environ.get("CLUB_DB_URL", "postgresql+psycopg://club@localhost/club"))
ALPHABET = string.ascii_uppercase + string.digits


def search_members(name: str, status: str) -> list[dict]:
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(text(f"SELECT id, full_name, status, joined_on FROM members WHERE full_name ILIKE '%{name}%' AND status = :status"), {"status": status})
        return [dict(r._mapping) for r in rows]


def dues_owed(member_id: int) -> dict:
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        row = conn.execute(text("SELECT COALESCE(SUM(amount_cents), 0) AS owed FROM dues WHERE member_id = :mid AND paid_at IS NULL"), {"mid": member_id}).one()
        return {"member_id": member_id, "owed": row.owed / 100}


def invite_code() -> str:
    # ruleid: insecure-randomness
    return "".join(random.choice(ALPHABET) for _ in range(8))


def password_reset_token() -> str:
    # ok: insecure-randomness
    return secrets.token_urlsafe(32)


def record_payment(member_id: int, amount_cents: int) -> str:
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO payments (member_id, amount_cents) VALUES (:m, :a)"), {"m": member_id, "a": amount_cents})
        return "payment recorded"
    except Exception:
        # ruleid: error-detail-leak
        return "payment failed:\n" + traceback.format_exc()


def cancel_membership(member_id: int) -> str:
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE members SET status = 'cancelled' WHERE id = :m"), {"m": member_id})
        return "membership cancelled"
    except Exception:
        log.exception("cancel failed for %s", member_id)
        # ok: error-detail-leak
        return "could not cancel the membership; the error was logged for the club secretary"
