import re

import httpx

ISSUE_KEY = re.compile(r"^[A-Z][A-Z0-9]+-\d+$")


class JiraClient:
    def __init__(self, base_url: str, user_auth: str | None):
        self.base_url = base_url.rstrip("/")
        self.user_auth = user_auth

    def _headers(self) -> dict:
        # ruleid: token-passthrough
        return {"Authorization": self.user_auth or "", "Accept": "application/json"}

    async def search(self, jql: str, max_results: int) -> list[dict]:
        async with httpx.AsyncClient(timeout=15) as c:
            r = await c.get(f"{self.base_url}/rest/api/3/search", params={"jql": jql, "maxResults": max_results}, headers=self._headers())
            r.raise_for_status()
            return [{"key": i["key"], "summary": i["fields"]["summary"]} for i in r.json()["issues"]]

    async def issue(self, key: str) -> dict:
        if not ISSUE_KEY.match(key):
            raise ValueError("not an issue key")
        async with httpx.AsyncClient(timeout=15) as c:
            # ok: tool-input-to-url
            r = await c.get(f"{self.base_url}/rest/api/3/issue/{key}", headers=self._headers())
            r.raise_for_status()
            return r.json()

    async def comment(self, key: str, body: str) -> None:
        async with httpx.AsyncClient(timeout=15) as c:
            payload = {"body": {"type": "doc", "version": 1, "content": [{"type": "paragraph", "content": [{"type": "text", "text": body}]}]}}
            r = await c.post(f"{self.base_url}/rest/api/3/issue/{key}/comment", json=payload, headers=self._headers())
            r.raise_for_status()
