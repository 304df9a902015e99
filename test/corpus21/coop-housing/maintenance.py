import httpx


class MaintenanceClient:
    def __init__(self, base_url: str):
        self.base_url = base_url.rstrip("/")

    async def create(self, unit: str, category: str, details: str) -> dict:
        async with httpx.AsyncClient(timeout=10) as client:
            # ok: tool-input-to-url
            resp = await client.post(f"{self.base_url}/tickets", json={"unit": unit, "category": category, "details": details})
            resp.raise_for_status()
            return resp.json()
