import os

import httpx

INTROSPECTION_URL = "https://auth.example.com/oauth2/introspect"


async def introspect(token: str) -> dict:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(INTROSPECTION_URL, data={"token": token}, auth=(os.environ["SURVEY_CLIENT_ID"], os.environ["SURVEY_CLIENT_SECRET"]))
        resp.raise_for_status()
        return resp.json()
