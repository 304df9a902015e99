"""CKAN Action API helpers."""
import json
import urllib.parse
import urllib.request

import requests

HOME_PORTAL = "https://data.region.example.eu"


def action_url(portal: str, action: str, **params) -> str:
    query = urllib.parse.urlencode(params)
    return f"{portal.rstrip('/')}/api/3/action/{action}?{query}"


def package_show(package_id: str) -> dict:
    url = f"{HOME_PORTAL}/api/3/action/package_show?id={urllib.parse.quote(package_id, safe='')}"
    # ok: tool-input-to-url
    with urllib.request.urlopen(url, timeout=20) as resp:
        # ok: unsafe-deserialization
        return json.loads(resp.read())["result"]


def remote_search(portal: str, q: str, rows: int) -> dict:
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(action_url(portal, "package_search", q=q, rows=rows), timeout=20) as resp:
        return json.load(resp)["result"]


def resource_preview(resource_url: str, max_bytes: int = 65536) -> str:
    # ruleid: tool-input-to-url
    resp = requests.get(resource_url, stream=True, timeout=20)
    resp.raise_for_status()
    return resp.raw.read(max_bytes, decode_content=True).decode("utf-8", "replace")
