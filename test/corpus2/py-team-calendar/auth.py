import httpx

from mcp.server.auth.provider import AccessToken, TokenVerifier


class IntrospectionVerifier(TokenVerifier):
    """Validate bearer tokens with the authorization server's RFC 7662 introspection endpoint."""

    def __init__(self, introspect_url: str):
        self.introspect_url = introspect_url

    async def verify_token(self, token: str) -> AccessToken | None:
        async with httpx.AsyncClient(timeout=5) as client:
            resp = await client.post(self.introspect_url, data={"token": token})
        if resp.status_code != 200:
            return None
        data = resp.json()
        if not data.get("active") or data.get("aud") != "team-calendar":
            return None
        return AccessToken(token=token, client_id=data.get("client_id", ""), scopes=data.get("scope", "").split(), expires_at=data.get("exp"))
