import os
import sqlite3

from models import AppointmentRequest

DB_PATH = os.environ.get("VET_DB", "/var/lib/vetclinic/clinic.db")


def conn() -> sqlite3.Connection:
    c = sqlite3.connect(DB_PATH)
    c.row_factory = sqlite3.Row
    return c


def find_patients(name: str, species: str) -> list[dict]:
    with conn() as c:
        # ruleid: tool-input-to-sql
        rows = c.execute(f"SELECT id, name, species, owner_email FROM patients WHERE name LIKE '%{name}%' AND species = ?", (species,)).fetchall()
    return [dict(r) for r in rows]


def by_microchip(chip: str) -> dict | None:
    with conn() as c:
        # ok: tool-input-to-sql
        row = c.execute("SELECT id, name, species, owner_email FROM patients WHERE microchip = :chip", {"chip": chip}).fetchone()
    return dict(row) if row else None


def insert_appointment(req: AppointmentRequest) -> int:
    with conn() as c:
        # ok: tool-input-to-sql
        cur = c.execute("INSERT INTO appointments (patient_id, vet_id, starts_at, reason, kind) VALUES (?, ?, ?, ?, ?)", (req.patient_id, req.vet_id, req.starts_at.isoformat(), req.reason, req.kind))
        return cur.lastrowid


def update_notes(patient_id: int, fields: dict) -> None:
    allowed = {k: v for k, v in fields.items() if k in ("notes", "allergies", "diet")}
    with conn() as c:
        for k, v in allowed.items():
            # ok: tool-input-to-sql
            c.execute(f"UPDATE patients SET {k} = ? WHERE id = ?", (v, patient_id))
