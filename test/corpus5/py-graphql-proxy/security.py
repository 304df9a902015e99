"""Authentication and request hygiene for the GraphQL proxy."""
import os

import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

PUBLIC_KEY = open(os.environ.get("GATEWAY_JWT_PUBKEY", "/etc/graphql-proxy/jwt.pub"), encoding="utf-8").read()
ALLOWED_ORIGINS = {"https://studio.shop.example", "http://localhost:6274"}


class BearerAuth(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        origin = request.headers.get("origin")
        if origin and origin not in ALLOWED_ORIGINS:
            return JSONResponse({"error": "origin not allowed"}, status_code=403)
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return JSONResponse({"error": "missing token"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        try:
            # ok: jwt-verification-disabled
            request.state.claims = jwt.decode(header[7:], PUBLIC_KEY, algorithms=["ES256"], audience="graphql-proxy", issuer="https://auth.shop.example")
        except jwt.InvalidTokenError:
            return JSONResponse({"error": "invalid token"}, status_code=401)
        return await call_next(request)


def exchange_token(subject_token: str) -> str:
    """RFC 8693 token exchange: trade the caller's token for one scoped to the upstream."""
    import httpx

    resp = httpx.post(
        "https://auth.shop.example/oauth2/token",
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": subject_token,
            "subject_token_type": "urn:ietf:params:oauth:token-type:access_token",
            "audience": "catalog-api",
        },
        auth=(os.environ["PROXY_CLIENT_ID"], os.environ["PROXY_CLIENT_SECRET"]),
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]
