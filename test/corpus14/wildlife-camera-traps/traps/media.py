import json
import subprocess

from .paths import safe_join, unchecked_join


def exif(site: str, image: str) -> dict:
    path = safe_join(site, image)
    # ok: tool-input-to-shell
    out = subprocess.run(["exiftool", "-json", "-n", path], capture_output=True, text=True, check=True).stdout
    return json.loads(out)[0]


def exif_tag(site: str, image: str, tag: str) -> str:
    path = unchecked_join(site, image)
    # ruleid: tool-input-to-shell
    return subprocess.check_output(f"exiftool -s3 -{tag} '{path}'", shell=True, text=True).strip()


def image_bytes(site: str, image: str) -> bytes:
    path = unchecked_join(site, image)
    # ruleid: tool-input-to-path
    with open(path, "rb") as fh:
        return fh.read()


def thumbnail(site: str, image: str) -> bytes:
    path = safe_join(site, "thumbs", image)
    # ok: tool-input-to-path
    with open(path, "rb") as fh:
        return fh.read()
