import json
import logging
from pathlib import Path

import jsonpickle

log = logging.getLogger("seedbank.storage")

VAULT = Path("/data/seedbank/vault")
GERMINATION = Path("/data/seedbank/germination").resolve()


def vault_is_open() -> bool:
    return not (VAULT / ".maintenance").exists()


def passport_path(accession: str) -> Path:
    return VAULT / accession / "passport.json"


def read_passport(accession: str) -> dict:
    # ok: unsafe-deserialization
    return json.loads(passport_path(accession).read_text())


def read_germination_log(lot: str) -> str:
    target = (GERMINATION / f"{lot}.csv").resolve()
    if not target.is_relative_to(GERMINATION):
        raise PermissionError("lot outside the germination folder")
    # ok: tool-input-to-path
    return target.read_text()


def read_label(location: str) -> str:
    p = Path(VAULT, *location.split("/"), "label.txt")
    # ruleid: tool-input-to-path
    return p.read_text()


def restore_inventory(state: str) -> dict:
    # ruleid: unsafe-deserialization
    obj = jsonpickle.decode(state)
    return {"accessions": len(getattr(obj, "accessions", []))}


def login_grin(user: str, password: str) -> str:
    # ruleid: sensitive-data-logged
    log.info("GRIN-Global login as %s with password %s", user, password)
    return f"session-for-{user}"
