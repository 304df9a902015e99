"""Token verification for the memory server (RS256 tokens from the company IdP)."""
import os

import jwt
from jwt import PyJWKClient
from mcp.server.auth.provider import AccessToken, TokenVerifier

ISSUER = os.environ.get("MEMORY_ISSUER", "https://idp.acme.example/realms/ai")
AUDIENCE = os.environ.get("MEMORY_AUDIENCE", "memory-mcp")
_jwks = PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs", cache_keys=True)


class IdpTokenVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            key = _jwks.get_signing_key_from_jwt(token).key
            # ok: jwt-verification-disabled
            claims = jwt.decode(token, key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)
        except jwt.PyJWTError:
            return None
        return AccessToken(
            token=token,
            client_id=claims.get("azp", "unknown"),
            scopes=claims.get("scope", "").split(),
            expires_at=claims.get("exp"),
        )
