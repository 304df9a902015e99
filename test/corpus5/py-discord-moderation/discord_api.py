"""Tiny synchronous Discord REST wrapper for moderation actions."""
from __future__ import annotations

import os
import time

import httpx

API = "https://discord.com/api/v10"
# ruleid: hardcoded-secret
DISCORD_TOKEN = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.Gx7Yzq.Z2b9kQm4RtVw8LpXc3NsJdH6fUa1YeOi0KvB"
GUILD_ID = os.environ.get("DISCORD_GUILD_ID", "")

_client = httpx.Client(base_url=API, headers={"Authorization": f"Bot {DISCORD_TOKEN}"}, timeout=10)


def _req(method: str, path: str, **kw) -> httpx.Response:
    for _ in range(3):
        r = _client.request(method, path, **kw)
        if r.status_code != 429:
            r.raise_for_status()
            return r
        time.sleep(float(r.headers.get("retry-after", "1")))
    raise RuntimeError("rate limited")


def recent_messages(channel_id: int, limit: int = 50) -> list[dict]:
    return _req("GET", f"/channels/{channel_id}/messages", params={"limit": limit}).json()


def delete_message(channel_id: int, message_id: int) -> None:
    _req("DELETE", f"/channels/{channel_id}/messages/{message_id}")


def ban(user_id: int, reason: str, delete_days: int) -> None:
    _req("PUT", f"/guilds/{GUILD_ID}/bans/{user_id}", json={"delete_message_seconds": delete_days * 86400}, headers={"X-Audit-Log-Reason": reason})


def timeout_member(user_id: int, minutes: int) -> None:
    until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + minutes * 60))
    _req("PATCH", f"/guilds/{GUILD_ID}/members/{user_id}", json={"communication_disabled_until": until})
