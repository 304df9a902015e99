"""ASGI middleware: bearer JWT from the company IdP, and Host/Origin validation."""
import os

import jwt
from jwt import PyJWKClient
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

ISSUER = os.environ.get("OIDC_ISSUER", "https://id.example.com/")
AUDIENCE = os.environ.get("OIDC_AUDIENCE", "calendar-mcp")
jwks = PyJWKClient(f"{ISSUER}.well-known/jwks.json")

ALLOWED_HOSTS = {"calendar-mcp.example.com", "localhost:8400", "127.0.0.1:8400"}
ALLOWED_ORIGINS = {"https://calendar.example.com", "https://assistant.example.com"}


class HostOriginMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        if request.headers.get("host") not in ALLOWED_HOSTS:
            return JSONResponse({"error": "invalid host"}, status_code=421)
        origin = request.headers.get("origin")
        if origin is not None and origin not in ALLOWED_ORIGINS:
            return JSONResponse({"error": "origin not allowed"}, status_code=403)
        return await call_next(request)


class BearerJWTMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return JSONResponse({"error": "missing token"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        token = header[7:]
        try:
            key = jwks.get_signing_key_from_jwt(token).key
            # ok: jwt-verification-disabled
            claims = jwt.decode(token, key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)
        except jwt.PyJWTError:
            return JSONResponse({"error": "invalid token"}, status_code=401)
        request.state.user = claims["sub"]
        return await call_next(request)
