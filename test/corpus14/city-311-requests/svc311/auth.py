import os

import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.responses import JSONResponse

JWKS = jwt.PyJWKClient(os.environ.get("CITY_SSO_JWKS", "https://sso.city.example.gov/.well-known/jwks.json"))


class BearerAuthMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return JSONResponse({"error": "missing bearer token"}, status_code=401)
        token = header.removeprefix("Bearer ")
        try:
            key = JWKS.get_signing_key_from_jwt(token).key
            # ok: jwt-verification-disabled
            request.state.claims = jwt.decode(token, key, algorithms=["RS256"], audience="city-311-mcp")
        except jwt.PyJWTError:
            return JSONResponse({"error": "invalid token"}, status_code=401)
        return await call_next(request)
