import json
import os

UPLOADS = os.path.realpath(os.environ.get("UPLOADS_DIR", "/directus/uploads"))
EXPORTS = os.path.realpath(os.environ.get("EXPORTS_DIR", "/directus/exports"))


def read_upload(relative: str) -> str:
    full = os.path.realpath(os.path.join(UPLOADS, relative))
    if os.path.commonpath([full, UPLOADS]) != UPLOADS:
        raise ValueError("outside uploads")
    # ok: tool-input-to-path
    with open(full, encoding="utf-8") as fh:
        return fh.read(200_000)


def save_export(filename: str, data: dict) -> str:
    target = os.path.join(EXPORTS, filename)
    # ok: tool-input-to-path
    with open(target, "w", encoding="utf-8") as fh:
        json.dump(data, fh)
    return target
