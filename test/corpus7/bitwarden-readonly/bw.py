"""Wrappers around the Bitwarden CLI (`bw`). The session key comes from BW_SESSION."""
import json
import logging
import os
import shlex
import subprocess

log = logging.getLogger("bw-mcp")
BW = os.environ.get("BW_BIN", "bw")


def _session() -> str:
    session = os.environ.get("BW_SESSION")
    if not session:
        raise RuntimeError("vault is locked: export BW_SESSION first")
    return session


def search_items(query: str, folder_id: str | None = None) -> list[dict]:
    argv = [BW, "list", "items", "--search", query, "--session", _session()]
    if folder_id:
        argv += ["--folderid", folder_id]
    # ok: tool-input-to-shell
    out = subprocess.run(argv, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def get_item(item_id: str) -> dict:
    # ok: sensitive-data-logged
    log.info("fetching item %s", item_id)
    # ruleid: tool-input-to-shell
    with os.popen(f"{BW} get item {item_id} --session {_session()}") as pipe:
        return json.loads(pipe.read())


def get_totp(item_id: str) -> str:
    cmd = " ".join(shlex.quote(part) for part in [BW, "get", "totp", item_id, "--session", _session()])
    # ok: tool-input-to-shell
    return subprocess.check_output(cmd, shell=True, text=True).strip()


def lock() -> str:
    return subprocess.run([BW, "lock"], capture_output=True, text=True).stdout
