import os
import secrets

import aiohttp
import yaml

ZOOM_API = "https://api.zoom.us/v2"
ZOOM_TOKEN = os.environ.get("ZOOM_TOKEN", "")


async def create_zoom_link(topic: str, start_iso: str) -> str:
    # ruleid: tls-verification-disabled
    conn = aiohttp.TCPConnector(ssl=False)
    async with aiohttp.ClientSession(connector=conn) as s:
        async with s.post(f"{ZOOM_API}/users/me/meetings", json={"topic": topic, "type": 2, "start_time": start_iso}, headers={"Authorization": f"Bearer {ZOOM_TOKEN}"}) as r:
            r.raise_for_status()
            return (await r.json())["join_url"]


def guest_pass_code() -> str:
    # ok: insecure-randomness
    return secrets.token_urlsafe(12)


def parse_teacher_plan(text: str) -> dict:
    # ruleid: unsafe-deserialization
    return yaml.load(text, Loader=yaml.Loader)


def parse_studio_rules(text: str) -> dict:
    # ok: unsafe-deserialization
    return yaml.safe_load(text) or {}
