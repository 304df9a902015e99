import os

import requests

HORDE = os.environ.get("HORDE_URL", "https://horde.studio.internal")
# ruleid: hardcoded-secret
HORDE_TOKEN = "hrd_live_8d2f0b7c1e6a4f93b5c0d7e2a9f1b3c4"


class HordeClient:
    def __init__(self):
        self.s = requests.Session()
        self.s.headers["Authorization"] = f"ServiceAccount {HORDE_TOKEN}"
        # ruleid: tls-verification-disabled
        self.s.verify = False

    def job(self, job_id: str) -> dict:
        resp = self.s.get(f"{HORDE}/api/v1/jobs/{job_id}", timeout=15)
        resp.raise_for_status()
        return resp.json()

    def upload(self, path: str) -> str:
        with open(path, "rb") as fh:
            resp = self.s.post(f"{HORDE}/api/v1/artifacts", files={"file": fh}, timeout=600)
        resp.raise_for_status()
        return resp.json()["id"]
