"""Token verification against the shellfish authority's introspection endpoint."""
import os

import httpx
from mcp.server.auth.provider import AccessToken, TokenVerifier

INTROSPECT_URL = os.environ.get("INTROSPECT_URL", "https://auth.shellfish-authority.example/oauth/introspect")


class IntrospectionVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        async with httpx.AsyncClient(timeout=5) as client:
            r = await client.post(INTROSPECT_URL, data={"token": token})
        if r.status_code != 200:
            return None
        data = r.json()
        if not data.get("active"):
            return None
        return AccessToken(token=token, client_id=data.get("client_id", ""), scopes=data.get("scope", "").split(), expires_at=data.get("exp"))
