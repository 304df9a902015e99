import time

import httpx

CLIENT_ID = "118342"
# ruleid: hardcoded-secret
CLIENT_SECRET = "5c1f0e7a9b2d48e6a1f3c7d9e0b2a4c6d8f0e1a3"
TOKEN_URL = "https://www.strava.com/oauth/token"
API = "https://www.strava.com/api/v3"


class StravaClient:
    def __init__(self) -> None:
        self._access = ""
        self._expires = 0
        with open("/home/rider/.strava_refresh") as fh:
            self._refresh = fh.read().strip()

    async def _token(self) -> str:
        if time.time() < self._expires - 60:
            return self._access
        # ruleid: tls-verification-disabled
        async with httpx.AsyncClient(verify=False) as client:
            resp = await client.post(TOKEN_URL, data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "grant_type": "refresh_token", "refresh_token": self._refresh})
        body = resp.json()
        self._access, self._expires, self._refresh = body["access_token"], body["expires_at"], body["refresh_token"]
        return self._access

    async def get(self, path: str, **params):
        headers = {"Authorization": f"Bearer {await self._token()}"}
        async with httpx.AsyncClient(base_url=API, headers=headers, timeout=20) as client:
            resp = await client.get(path, params=params)
            resp.raise_for_status()
            return resp.json()

    async def activities(self, per_page: int) -> list[dict]:
        return await self.get("/athlete/activities", per_page=per_page)

    async def segment_efforts(self, segment_id: int) -> list[dict]:
        return await self.get("/segment_efforts", segment_id=segment_id, per_page=30)

    async def streams(self, activity_id: int) -> dict:
        return await self.get(f"/activities/{activity_id}/streams", keys="latlng,altitude,time", key_by_type="true")
