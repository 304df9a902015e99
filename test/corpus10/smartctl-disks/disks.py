import json
import os
import re
import subprocess

DEVICE_RE = re.compile(r"/dev/(sd[a-z]{1,2}|nvme\d+n\d+|da\d+)")


def smart_health(device: str) -> dict:
    if not DEVICE_RE.fullmatch(device):
        raise ValueError(f"not a disk device: {device}")
    # ok: tool-input-to-shell
    out = subprocess.run(["smartctl", "--json", "-H", "-A", device], capture_output=True, text=True).stdout
    return json.loads(out)


def smart_full(device: str) -> str:
    # ruleid: tool-input-to-shell
    return os.popen(f"smartctl -a {device} 2>&1").read()


def start_selftest(device: str, kind: str) -> str:
    if not DEVICE_RE.search(device):
        raise ValueError(f"not a disk device: {device}")
    # ruleid: tool-input-to-shell
    return subprocess.check_output(f"smartctl -t {kind} {device}", shell=True, text=True)


def list_disks() -> list[str]:
    out = subprocess.run(["smartctl", "--scan-open", "--json"], capture_output=True, text=True).stdout
    return [d["name"] for d in json.loads(out).get("devices", [])]
