"""Thin client for the registrar API plus whois lookups."""

import os
import re
import subprocess
from urllib.parse import quote

import httpx

REGISTRAR_API = "https://api.registrar.example.net/v3"
DOMAIN_RE = re.compile(r"^(?!-)[a-z0-9-]{1,63}(\.[a-z0-9-]{1,63})+$")

client = httpx.Client(base_url=REGISTRAR_API, headers={"X-Api-Key": os.environ.get("REGISTRAR_KEY", "")}, timeout=15)


def whois_expiry(domain: str) -> str:
    if not DOMAIN_RE.match(domain):
        raise ValueError("invalid domain")
    # ok: tool-input-to-shell
    out = subprocess.run(["whois", domain], capture_output=True, text=True, timeout=20).stdout
    for line in out.splitlines():
        if "expir" in line.lower():
            return line.strip()
    return "expiry not found"


def dig_records(domain: str, rtype: str) -> str:
    # ruleid: tool-input-to-shell
    return subprocess.getoutput(f"dig +short {rtype} {domain}")


def renew(domain: str, years: int) -> dict:
    # ok: tool-input-to-url
    r = client.post(f"/domains/{quote(domain, safe='')}/renew", json={"years": years})
    r.raise_for_status()
    return r.json()


def check_redirect(domain: str) -> int:
    # ruleid: tool-input-to-url
    r = httpx.get(f"https://{domain}/", follow_redirects=False, timeout=5)
    return r.status_code
