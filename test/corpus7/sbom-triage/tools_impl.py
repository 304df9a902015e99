import json
import re
import subprocess

import requests
import yaml

OSV_QUERY = "https://api.osv.dev/v1/query"


def generate_sbom(image: str, fmt: str = "cyclonedx-json") -> dict:
    if not re.match(r"[\w./:@-]+", image):
        raise ValueError("not an image reference")
    # ruleid: tool-input-to-shell
    out = subprocess.run("syft " + image + " -o " + fmt, shell=True, capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def scan_image(image: str) -> list[dict]:
    # ok: tool-input-to-shell
    out = subprocess.run(["grype", image, "-o", "json", "--only-fixed"], capture_output=True, text=True, check=True).stdout
    return [m["vulnerability"] for m in json.loads(out)["matches"]]


def osv_lookup(ecosystem: str, name: str, version: str) -> list[dict]:
    payload = {"package": {"ecosystem": ecosystem, "name": name}, "version": version}
    # ok: tool-input-to-url
    resp = requests.post(OSV_QUERY, json=payload, timeout=20)
    resp.raise_for_status()
    return resp.json().get("vulns", [])


def fetch_advisory(advisory_url: str) -> str:
    # ruleid: tool-input-to-url
    resp = requests.get(advisory_url, timeout=20, allow_redirects=True)
    return resp.text[:20_000]


def load_vex(document: str) -> list[dict]:
    """OpenVEX statements, as YAML or JSON (JSON is valid YAML)."""
    # ruleid: unsafe-deserialization
    doc = yaml.unsafe_load(document)
    return doc.get("statements", [])


HANDLERS = {
    "generate_sbom": lambda a: generate_sbom(a["image"], a.get("format", "cyclonedx-json")),
    "scan_image": lambda a: scan_image(a["image"]),
    "osv_lookup": lambda a: osv_lookup(a["ecosystem"], a["name"], a["version"]),
    "fetch_advisory": lambda a: fetch_advisory(a["url"]),
    "load_vex": lambda a: load_vex(a["document"]),
}
