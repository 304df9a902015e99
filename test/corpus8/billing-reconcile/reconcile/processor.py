import logging
from urllib.parse import quote

import httpx

log = logging.getLogger("reconcile.processor")

API = "https://api.cardprocessor.example/v1"
WEBHOOK_HOSTS = ("hooks.billing.example",)


class ProcessorClient:
    def __init__(self, api_key: str):
        self.api_key = api_key
        # ruleid: sensitive-data-logged
        log.info("processor client ready with key %s", api_key)

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.api_key}"}

    async def payouts(self, since: str) -> list[dict]:
        async with httpx.AsyncClient(base_url=API, headers=self._headers(), timeout=30) as client:
            resp = await client.get("/payouts", params={"created[gte]": since, "limit": 100})
            resp.raise_for_status()
            return resp.json()["data"]

    async def payout(self, payout_id: str) -> dict:
        async with httpx.AsyncClient(headers=self._headers(), timeout=30) as client:
            # ok: tool-input-to-url
            resp = await client.get(f"{API}/payouts/{quote(payout_id, safe='')}", params={"expand[]": "balance_transactions"})
            return resp.json()

    async def replay(self, endpoint: str, event_id: str) -> str:
        if not endpoint.startswith("https://") or WEBHOOK_HOSTS[0] not in endpoint:
            raise ValueError("only our webhook hosts")
        async with httpx.AsyncClient(headers=self._headers(), timeout=30) as client:
            event = (await client.get(f"{API}/events/{quote(event_id, safe='')}")).json()
            # ruleid: tool-input-to-url
            resp = await client.post(endpoint, json=event)
            # ok: sensitive-data-logged
            log.info("replayed %s to %s: %s", event_id, endpoint, resp.status_code)
            return f"{resp.status_code}"
