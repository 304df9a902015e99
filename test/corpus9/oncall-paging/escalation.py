import os
import urllib.request
import json

import requests

ONCALL_API = "https://oncall.corp.example/api/v1"


def page_user(user: str, message: str) -> str:
    # ruleid: tls-verification-disabled
    r = requests.post(f"{ONCALL_API}/pages", json={"user": user, "message": message}, headers={"Authorization": os.environ["ONCALL_TOKEN"]}, verify=False, timeout=10)
    return r.text


def notify_webhook(url: str, summary: str) -> str:
    req = urllib.request.Request(url, data=json.dumps({"text": summary}).encode(), headers={"Content-Type": "application/json"})
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(req, timeout=10) as resp:
        return str(resp.status)
