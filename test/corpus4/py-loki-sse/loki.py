"""Small Loki HTTP API client."""
import os
import time

import requests

LOKI_URL = os.getenv("LOKI_URL", "https://loki.logs.example.com")
LOKI_CA = os.getenv("LOKI_CA_BUNDLE")

session = requests.Session()
session.auth = (os.getenv("LOKI_USER", "reader"), os.getenv("LOKI_PASSWORD", ""))


def query_range(query: str, minutes: int, limit: int) -> list[str]:
    end = time.time_ns()
    start = end - minutes * 60 * 1_000_000_000
    params = {"query": query, "start": start, "end": end, "limit": limit, "direction": "backward"}
    if LOKI_CA:
        # ok: tls-verification-disabled
        resp = session.get(f"{LOKI_URL}/loki/api/v1/query_range", params=params, timeout=30, verify=LOKI_CA)
    else:
        # ruleid: tls-verification-disabled
        resp = session.get(f"{LOKI_URL}/loki/api/v1/query_range", params=params, timeout=30, verify=False)
    resp.raise_for_status()
    return [line for stream in resp.json()["data"]["result"] for _, line in stream["values"]]


def label_values(label: str) -> list[str]:
    resp = session.get(f"{LOKI_URL}/loki/api/v1/label/{label}/values", timeout=10, verify=LOKI_CA or True)
    resp.raise_for_status()
    return resp.json()["data"]
