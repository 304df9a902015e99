import json
import os
import shlex
import subprocess
from pathlib import Path

STEP = os.environ.get("STEP_BIN", "/usr/bin/step")
CA_URL = os.environ.get("STEP_CA_URL", "https://ca.internal.example:9000")
CERT_DIR = Path(os.environ.get("STEP_CERT_DIR", "/var/lib/step/certs"))


def step_json(*args: str) -> dict:
    out = subprocess.run([STEP, *args, "--format", "json"], capture_output=True, text=True, check=True).stdout
    # ok: unsafe-deserialization
    return json.loads(out)


def issue_leaf(subject: str, sans: list[str], not_after: str) -> str:
    san_flags = " ".join(f"--san {s}" for s in sans)
    cmd = f"{STEP} ca certificate {subject} {CERT_DIR}/{subject}.crt {CERT_DIR}/{subject}.key {san_flags} --not-after {not_after} --ca-url {CA_URL} --provisioner mcp --provisioner-password-file /etc/step/pw"
    # ruleid: tool-input-to-shell
    return subprocess.check_output(cmd, shell=True, text=True, stderr=subprocess.STDOUT)


def revoke_serial(serial: str, reason: str) -> str:
    cmd = " ".join([STEP, "ca", "revoke", shlex.quote(serial), "--reason", shlex.quote(reason), "--ca-url", shlex.quote(CA_URL)])
    # ok: tool-input-to-shell
    return subprocess.check_output(cmd, shell=True, text=True, stderr=subprocess.STDOUT)


def read_cert_pem(subject: str) -> str:
    # ruleid: tool-input-to-path
    return (CERT_DIR / f"{subject}.crt").read_text()
