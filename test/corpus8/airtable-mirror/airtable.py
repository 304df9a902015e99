import base64
import os
from urllib.parse import quote, urlparse

import httpx

API = "https://api.airtable.com/v0"
ATTACHMENT_HOSTS = {"dl.airtable.com", "v5.airtableusercontent.com"}


class AirtableApi:
    def __init__(self):
        self.headers = {"Authorization": f"Bearer {os.environ['AIRTABLE_PAT']}"}

    async def list_records(self, base_id: str, table: str) -> list[dict]:
        out, offset = [], None
        async with httpx.AsyncClient(headers=self.headers, timeout=30) as client:
            while True:
                params = {"pageSize": 100, **({"offset": offset} if offset else {})}
                # ok: tool-input-to-url
                resp = await client.get(f"{API}/{base_id}/{quote(table, safe='')}", params=params)
                resp.raise_for_status()
                body = resp.json()
                out.extend(body["records"])
                offset = body.get("offset")
                if not offset:
                    return out

    async def download_attachment(self, url: str) -> dict:
        parsed = urlparse(url)
        if parsed.scheme != "https" or parsed.hostname not in ATTACHMENT_HOSTS:
            raise ValueError("not an Airtable attachment URL")
        async with httpx.AsyncClient(timeout=60, follow_redirects=False) as client:
            # ok: tool-input-to-url
            resp = await client.get(url)
        return {"size": len(resp.content), "b64": base64.b64encode(resp.content[:200_000]).decode()}
