"""Token verification against the company's OAuth introspection endpoint."""
from __future__ import annotations

import logging
import os
import time

import httpx
from mcp.server.auth.provider import AccessToken, TokenVerifier

log = logging.getLogger("rooms.auth")

INTROSPECTION_URL = os.environ.get("OAUTH_INTROSPECTION_URL", "https://auth.example.com/oauth2/introspect")
CLIENT_ID = os.environ.get("ROOMS_CLIENT_ID", "rooms-mcp")
# ok: hardcoded-secret
CLIENT_SECRET = os.environ["ROOMS_CLIENT_SECRET"]


class IntrospectionVerifier(TokenVerifier):
    """Asks the authorization server whether a bearer token is active."""

    async def verify_token(self, token: str) -> AccessToken | None:
        async with httpx.AsyncClient(timeout=5) as client:
            # ok: token-passthrough
            resp = await client.post(INTROSPECTION_URL, data={"token": token, "token_type_hint": "access_token"}, auth=(CLIENT_ID, CLIENT_SECRET))
        if resp.status_code != 200:
            log.warning("introspection failed with HTTP %s", resp.status_code)
            return None
        data = resp.json()
        if not data.get("active") or data.get("exp", 0) < time.time():
            return None
        if "rooms-mcp" not in data.get("aud", []):
            return None
        # ok: sensitive-data-logged
        log.info("token accepted for client %s (scopes %s)", data.get("client_id"), data.get("scope"))
        return AccessToken(token=token, client_id=data["client_id"], scopes=data.get("scope", "").split(), expires_at=data.get("exp"))
