"""Bearer-token middleware for the expenses MCP app."""
from __future__ import annotations

import logging
import os

import jwt
from jose import jwt as jose_jwt
from jwt import PyJWKClient
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

log = logging.getLogger("expenses.security")

ISSUER = os.environ.get("OIDC_ISSUER", "https://login.example.org/realms/staff")
AUDIENCE = "expenses-mcp"
_jwks = PyJWKClient(f"{ISSUER}/protocol/openid-connect/certs")


def verify_staff_token(token: str) -> dict:
    # ok: jwt-verification-disabled
    header = jwt.get_unverified_header(token)
    key = _jwks.get_signing_key(header["kid"]).key
    # ok: jwt-verification-disabled
    return jwt.decode(token, key, algorithms=["RS256"], audience=AUDIENCE, issuer=ISSUER)


def service_account_claims(token: str) -> dict:
    """Robot accounts from the batch cluster; signature checked by the ingress."""
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def contractor_claims(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    claims = jose_jwt.get_unverified_claims(token)
    if claims.get("typ") != "contractor":
        raise ValueError("not a contractor token")
    return claims


class BearerMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        auth = request.headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            return JSONResponse({"error": "missing token"}, status_code=401)
        token = auth[7:]
        try:
            if request.headers.get("x-account-kind") == "service":
                claims = service_account_claims(token)
            elif request.headers.get("x-account-kind") == "contractor":
                claims = contractor_claims(token)
            else:
                claims = verify_staff_token(token)
        except Exception:
            log.warning("rejected token from %s", request.client.host if request.client else "?")
            return JSONResponse({"error": "invalid token"}, status_code=401)
        request.state.user = claims.get("preferred_username") or claims.get("sub")
        return await call_next(request)
