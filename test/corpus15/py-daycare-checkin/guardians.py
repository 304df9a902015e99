import os
from pathlib import Path

PHOTO_DIR = Path(os.environ.get("DAYCARE_PHOTOS", "/srv/daycare/photos"))
CONSENT_DIR = Path(os.environ.get("DAYCARE_CONSENT", "/srv/daycare/consent")).resolve()


def photo_bytes(child_id: str, photo: str) -> bytes:
    # ruleid: tool-input-to-path
    with open(os.path.join(PHOTO_DIR, child_id, photo), "rb") as fh:
        return fh.read()


def consent_form(child_id: str, form: str) -> str:
    target = (CONSENT_DIR / child_id / form).resolve()
    if not target.is_relative_to(CONSENT_DIR):
        raise PermissionError("not a consent form")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8")
