import os

import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

# ok: hardcoded-secret
JWT_SECRET = os.environ["NEWSLETTER_JWT_SECRET"]
# ruleid: hardcoded-secret
LISTMONK_PASSWORD = "Lm0nk-admin-2024!prod"


class BearerAuth(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return JSONResponse({"error": "unauthorized"}, status_code=401)
        try:
            request.state.claims = jwt.decode(header[7:], JWT_SECRET, algorithms=["HS256"], audience="newsletter-mcp")
        except jwt.PyJWTError:
            return JSONResponse({"error": "invalid token"}, status_code=401)
        return await call_next(request)


def preview_claims(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})
