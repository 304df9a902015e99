"""Thin wrappers over the Firebase REST APIs."""
import os

import google.auth
import google.auth.transport.requests
import requests

PROJECT = os.environ.get("FIREBASE_PROJECT_ID", "")
RC_URL = f"https://firebaseremoteconfig.googleapis.com/v1/projects/{PROJECT}/remoteConfig"
RULES_URL = f"https://firebaserules.googleapis.com/v1/projects/{PROJECT}"
RULES_MIRROR = os.environ.get("RULES_MIRROR_URL", "https://rules-mirror.internal.example")

_creds, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/cloud-platform"])


def _headers() -> dict:
    _creds.refresh(google.auth.transport.requests.Request())
    return {"Authorization": f"Bearer {_creds.token}"}


def remote_config_get() -> tuple[dict, str]:
    r = requests.get(RC_URL, headers=_headers(), timeout=20)
    r.raise_for_status()
    return r.json(), r.headers["ETag"]


def remote_config_put(template: dict, etag: str) -> str:
    r = requests.put(RC_URL, json=template, headers={**_headers(), "If-Match": etag}, timeout=20)
    r.raise_for_status()
    return f"published version {r.json().get('version', {}).get('versionNumber')}"


def publish_rules(source: str) -> str:
    r = requests.post(f"{RULES_URL}/rulesets", json={"source": {"files": [{"name": "firestore.rules", "content": source}]}}, headers=_headers(), timeout=20)
    r.raise_for_status()
    # The internal mirror uses a self-signed certificate.
    # ruleid: tls-verification-disabled
    requests.post(f"{RULES_MIRROR}/rulesets", json={"source": source}, timeout=10, verify=False)
    return r.json()["name"]
