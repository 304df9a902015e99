"""Inventory parsing and ad-hoc ansible commands."""
import os
import subprocess
from typing import Any

import yaml

ANSIBLE_DIR = os.environ.get("ANSIBLE_DIR", "/srv/ansible")
# ok: hardcoded-secret
VAULT_PASSWORD = os.environ.get("ANSIBLE_VAULT_PASSWORD", "")


def parse_inventory(text: str) -> dict[str, Any]:
    # ok: unsafe-deserialization
    return yaml.load(text, Loader=yaml.SafeLoader) or {}


def parse_group_vars(text: str) -> dict[str, Any]:
    # group_vars written by the old tooling contain !!python/object tags for custom types.
    # ruleid: unsafe-deserialization
    return yaml.unsafe_load(text) or {}


def ping(pattern: str, inventory: str) -> str:
    # ruleid: tool-input-to-shell
    return subprocess.check_output("ansible " + pattern + " -i " + inventory + " -m ping -o", shell=True, cwd=ANSIBLE_DIR, text=True)


def facts(host: str, inventory: str) -> str:
    argv = ["ansible", "-i", inventory, "-m", "setup", "-a", "filter=ansible_distribution*", "--", host]
    # ok: tool-input-to-shell
    return subprocess.run(argv, cwd=ANSIBLE_DIR, capture_output=True, text=True, timeout=60).stdout


def hosts_of(inv: dict[str, Any]) -> list[str]:
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            out.extend((node.get("hosts") or {}).keys())
            for child in (node.get("children") or {}).values():
                walk(child)

    for group in inv.values():
        walk(group)
    return sorted(set(out))
