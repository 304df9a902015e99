import os

import jwt
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse

CLUB_PUBLIC_KEY = open(os.environ.get("CLUB_JWT_PUBKEY", "/etc/club-mcp/jwt.pub")).read()


class BearerMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request: Request, call_next):
        header = request.headers.get("authorization", "")
        if not header.startswith("Bearer "):
            return JSONResponse({"error": "missing token"}, status_code=401)
        try:
            # ruleid: jwt-verification-disabled
            claims = jwt.decode(header[7:], options={"verify_signature": False})
        except jwt.PyJWTError:
            return JSONResponse({"error": "bad token"}, status_code=401)
        if claims.get("role") not in ("secretary", "treasurer", "admin"):
            return JSONResponse({"error": "forbidden"}, status_code=403)
        request.state.member = claims.get("sub")
        return await call_next(request)


def verify_member_card(token: str) -> dict:
    # ok: jwt-verification-disabled
    return jwt.decode(token, CLUB_PUBLIC_KEY, algorithms=["RS256"], audience="club-card")


def peek_card(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, algorithms=["HS256", "none"], options={"verify_signature": False, "verify_exp": False})
