import os

from sqlalchemy import create_engine, text

engine = create_engine(os.environ.get("ROWING_DB_URL", "sqlite:///rowing.db"), future=True)


def insert_booking(boat: str, crew: list[str], start, minutes: int) -> int:
    with engine.begin() as conn:
        # ok: tool-input-to-sql
        res = conn.execute(text("INSERT INTO bookings (boat, crew, start, minutes) VALUES (:boat, :crew, :start, :minutes)"), {"boat": boat, "crew": ",".join(crew), "start": start, "minutes": minutes})
        return res.lastrowid


def bookings_for(member: str, days: int = 7) -> list[dict]:
    clause = "crew LIKE '%%%s%%'" % member
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        rows = conn.execute(text(f"SELECT boat, start, minutes FROM bookings WHERE {clause} AND start > date('now', '-{int(days)} day')"))
        return [dict(r._mapping) for r in rows]


def save_erg_result(member: str, payload: dict) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO erg_results (member, distance, time_s) VALUES (:m, :d, :t)"), {"m": member, "d": payload.get("distance"), "t": payload.get("time")})
