"""Microsoft Graph helpers."""
import os

import httpx
import msal

GRAPH = "https://graph.microsoft.com/v1.0"

_app = msal.ConfidentialClientApplication(
    client_id=os.environ.get("AZURE_CLIENT_ID", ""),
    client_credential=os.environ.get("AZURE_CLIENT_SECRET", ""),
    authority=f"https://login.microsoftonline.com/{os.environ.get('AZURE_TENANT_ID', 'common')}",
)


async def app_token() -> str:
    result = _app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    if "access_token" not in result:
        raise RuntimeError(result.get("error_description", "token request failed"))
    return result["access_token"]


async def graph_get(path: str, headers: dict) -> dict:
    async with httpx.AsyncClient(base_url=GRAPH, headers=headers, timeout=20) as client:
        r = await client.get(path)
        r.raise_for_status()
        return r.json()


def message_summary(m: dict) -> dict:
    sender = (m.get("from") or {}).get("emailAddress", {})
    return {
        "id": m["id"],
        "subject": m.get("subject", ""),
        "from": sender.get("address", ""),
        "received": m.get("receivedDateTime"),
        "isRead": m.get("isRead", False),
    }
