from dataclasses import dataclass

import httpx


@dataclass
class Asset:
    id: str
    original_file_name: str
    type: str
    taken_at: str | None


class ImmichClient:
    def __init__(self, base_url: str, api_key: str):
        self._http = httpx.Client(base_url=f"{base_url.rstrip('/')}/api", headers={"x-api-key": api_key}, timeout=30)

    def search(self, query: str, limit: int = 25) -> list[Asset]:
        resp = self._http.post("/search/smart", json={"query": query, "size": limit})
        resp.raise_for_status()
        items = resp.json()["assets"]["items"]
        return [Asset(i["id"], i["originalFileName"], i["type"], i.get("localDateTime")) for i in items]

    def original(self, asset_id: str) -> bytes:
        resp = self._http.get(f"/assets/{asset_id}/original")
        resp.raise_for_status()
        return resp.content

    def upload(self, data: bytes, filename: str) -> str:
        resp = self._http.post("/assets", files={"assetData": (filename, data)}, data={"deviceAssetId": filename, "deviceId": "mcp"})
        resp.raise_for_status()
        return resp.json()["id"]
