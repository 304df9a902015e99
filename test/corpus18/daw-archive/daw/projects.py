import base64
import json
import marshal
import os
import shutil
import urllib.request

import jsonpickle
import yaml

from .settings import ARCHIVE_ROOT, FREESOUND_API_KEY


def project_dir(project: str) -> str:
    return os.path.join(ARCHIVE_ROOT, project)


def read_session_header(project: str) -> dict:
    # ruleid: tool-input-to-path
    with open(os.path.join(project_dir(project), "session.json"), encoding="utf-8") as fh:
        return json.load(fh)


def restore_mixer_state(state: str) -> dict:
    # ruleid: unsafe-deserialization
    mixer = jsonpickle.decode(state)
    return {"channels": len(getattr(mixer, "channels", []))}


def load_plugin_cache(blob: str) -> dict:
    # ruleid: unsafe-deserialization
    return marshal.loads(base64.b64decode(blob))


def parse_manifest(text: str) -> dict:
    # ok: unsafe-deserialization
    return yaml.load(text, Loader=yaml.SafeLoader)


def parse_markers(text: str) -> list[dict]:
    # ok: unsafe-deserialization
    return json.loads(text)["markers"]


def import_stem(stem_url: str, project: str) -> str:
    target = os.path.join(project_dir(project), "stems", os.path.basename(stem_url))
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(stem_url, timeout=30) as resp, open(target, "wb") as out:
        shutil.copyfileobj(resp, out)
    return target


def freesound_preview(sound_id: int) -> str:
    url = f"https://freesound.org/apiv2/sounds/{int(sound_id)}/?token={FREESOUND_API_KEY}"
    # ok: tool-input-to-url
    with urllib.request.urlopen(url, timeout=15) as resp:
        return json.load(resp)["previews"]["preview-hq-mp3"]


def purge_project(project: str) -> None:
    shutil.rmtree(project_dir(project))
