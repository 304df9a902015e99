"""Thin client for the UniFi controller API."""
import os
import urllib.request
from urllib.parse import quote

import requests

CONTROLLER = os.environ.get("UNIFI_URL", "https://unifi.lan:8443")
SITE = os.environ.get("UNIFI_SITE", "default")

session = requests.Session()
# ruleid: tls-verification-disabled
session.verify = False


def login() -> None:
    session.post(f"{CONTROLLER}/api/login", json={"username": os.environ["UNIFI_USER"], "password": os.environ["UNIFI_PASSWORD"]}, timeout=10)


def site_get(path: str) -> dict:
    # ruleid: tool-input-to-url
    return session.get(f"{CONTROLLER}{path}", timeout=10).json()


def client_by_mac(mac: str) -> dict:
    # ok: tool-input-to-url
    return session.get(f"{CONTROLLER}/api/s/{SITE}/stat/user/{quote(mac, safe='')}", timeout=10).json()


def firmware_notes(url: str) -> str:
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read(200_000).decode("utf-8", "replace")


def vendor_lookup(mac: str) -> str:
    # ok: tls-verification-disabled
    return requests.get(f"https://api.macvendors.com/{quote(mac[:8], safe='')}", timeout=5, verify=True).text
