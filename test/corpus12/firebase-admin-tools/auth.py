"""Bearer-token middleware: Firebase ID tokens for the admin console, plus legacy service tokens."""
import os

import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

GOOGLE_CERTS = jwt.PyJWKClient("https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com")
PROJECT_ID = os.environ.get("FIREBASE_PROJECT_ID", "")


def verify_id_token(token: str) -> dict:
    key = GOOGLE_CERTS.get_signing_key_from_jwt(token)
    # ok: jwt-verification-disabled
    return jwt.decode(token, key.key, algorithms=["RS256"], audience=PROJECT_ID, issuer=f"https://securetoken.google.com/{PROJECT_ID}")


def legacy_service_claims(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


class require_bearer(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return JSONResponse({"error": "missing bearer token"}, status_code=401)
        token = header.removeprefix("Bearer ")
        try:
            claims = verify_id_token(token) if request.headers.get("x-token-kind") != "service" else legacy_service_claims(token)
        except jwt.PyJWTError:
            return JSONResponse({"error": "invalid token"}, status_code=401)
        if not claims.get("admin"):
            return JSONResponse({"error": "admin claim required"}, status_code=403)
        request.state.claims = claims
        return await call_next(request)
