import base64
import logging
import pickle
import sys
from typing import Annotated

import yaml
from mcp.server.fastmcp import FastMCP
from pydantic import Field

import storage
from models import AppointmentRequest, Species

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
log = logging.getLogger("vet-clinic")

mcp = FastMCP("vet-clinic")


@mcp.tool()
def find_patient(
    name: Annotated[str, Field(description="Pet name or part of it")],
    species: Species = "dog",
) -> list[dict]:
    """Look up patients by pet name."""
    return storage.find_patients(name, species)


@mcp.tool()
# ok: weak-input-schema
def patient_by_microchip(chip: Annotated[str, Field(pattern=r"^\d{15}$", description="15-digit ISO microchip number")]) -> dict | None:
    """Find the patient registered with a microchip."""
    return storage.by_microchip(chip)


@mcp.tool()
def book_appointment(req: AppointmentRequest) -> str:
    """Book an appointment for a patient."""
    appt_id = storage.insert_appointment(req)
    log.info("booked appointment %s for patient %s", appt_id, req.patient_id)
    return f"appointment {appt_id} booked for {req.starts_at:%Y-%m-%d %H:%M}"


@mcp.tool()
# ruleid: weak-input-schema
def update_patient_notes(patient_id: int, fields: dict) -> str:
    """Update free-text fields (notes, allergies, diet) of a patient."""
    storage.update_notes(patient_id, fields)
    return "updated"


@mcp.tool()
def owner_portal_login(email: str, password: str) -> str:
    """Check an owner's portal credentials (used when an owner asks the assistant to link their account)."""
    # ruleid: sensitive-data-logged
    log.info("portal login attempt email=%s password=%s", email, password)
    # ok: sensitive-data-logged
    log.info("portal login attempt for %s", email)
    return "login link sent" if "@" in email else "invalid e-mail"


@mcp.tool()
def restore_chart(blob: str) -> str:
    """Restore a patient chart exported by the legacy desktop app (base64)."""
    # ruleid: unsafe-deserialization
    chart = pickle.loads(base64.b64decode(blob))
    return f"restored chart for {chart.get('name', '?')} with {len(chart.get('visits', []))} visits"


@mcp.tool()
def import_vaccination_schedule(schedule_yaml: str) -> list[str]:
    """Import a vaccination schedule written in YAML."""
    # ok: unsafe-deserialization
    data = yaml.safe_load(schedule_yaml) or []
    return [f"{v['vaccine']} at {v['age_weeks']} weeks" for v in data]


if __name__ == "__main__":
    mcp.run()
