import os

from tools import LIBRARY_ROOT

TOOL = {"name": "read_metadata_sidecar", "description": "Read a book folder's metadata.json / desc.txt sidecar."}


def _inside_library(path: str) -> bool:
    return path.startswith(LIBRARY_ROOT)


def run(sidecar_path: str) -> str:
    if not _inside_library(sidecar_path):
        raise ValueError(f"sidecar must be under {LIBRARY_ROOT}")
    if os.path.isdir(sidecar_path):
        sidecar_path = os.path.join(sidecar_path, "metadata.json")
    # ruleid: tool-input-to-path
    with open(sidecar_path, encoding="utf-8") as fh:
        return fh.read(20_000)
