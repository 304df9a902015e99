import os
import time

import httpx

SF_INSTANCE = os.environ.get("SF_INSTANCE_URL", "https://example.my.salesforce.com")
SF_API = f"{SF_INSTANCE}/services/data/v61.0"

_token: dict = {"value": None, "expires": 0.0}


async def sf_headers() -> dict:
    if not _token["value"] or _token["expires"] < time.time():
        async with httpx.AsyncClient(timeout=20) as client:
            r = await client.post(
                f"{SF_INSTANCE}/services/oauth2/token",
                data={
                    "grant_type": "client_credentials",
                    "client_id": os.environ["SF_CLIENT_ID"],
                    "client_secret": os.environ["SF_CLIENT_SECRET"],
                },
            )
            r.raise_for_status()
        _token["value"] = r.json()["access_token"]
        _token["expires"] = time.time() + 1800
    return {"Authorization": f"Bearer {_token['value']}"}
