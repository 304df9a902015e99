"""JWT handling for the customer portal's MCP endpoint."""
from __future__ import annotations

import os

import jwt
from fastapi import Header, HTTPException
from jose import jwt as jose_jwt

PORTAL_SECRET = os.environ["PORTAL_JWT_SECRET"]
PARTNER_PUBLIC_KEY = open(os.environ.get("PARTNER_KEY_FILE", "/etc/portal/partner.pub")).read()


def portal_user(token: str) -> dict:
    # ok: jwt-verification-disabled
    return jwt.decode(token, PORTAL_SECRET, algorithms=["HS256"], audience="portal-mcp", options={"require": ["exp", "sub"]})


def partner_user(token: str) -> dict:
    # ok: jwt-verification-disabled
    return jose_jwt.decode(token, PARTNER_PUBLIC_KEY, algorithms=["RS256"], audience="portal-mcp")


def preview_user(token: str) -> dict:
    """Preview environment: tokens come from the staging IdP, whose key rotates too often to pin."""
    # ruleid: jwt-verification-disabled
    return jose_jwt.decode(token, "", options={"verify_signature": False, "verify_aud": False})


def support_user(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(token, PORTAL_SECRET, algorithms=["HS256"], options={"verify_signature": False})
    if claims.get("role") != "support":
        raise ValueError("not a support token")
    return claims


def token_kind(token: str) -> str:
    """Routing only: every kind is verified by its own function afterwards."""
    # ok: jwt-verification-disabled
    payload = jwt.api_jwt.decode_complete(token, options={"verify_signature": False})["payload"]
    return payload.get("kind", "portal")


async def require_user(authorization: str = Header(default="")) -> dict:
    if not authorization.startswith("Bearer "):
        raise HTTPException(status_code=401, detail="missing bearer token")
    token = authorization[7:]
    try:
        kind = token_kind(token)
        if kind == "partner":
            return partner_user(token)
        if kind == "preview":
            return preview_user(token)
        if kind == "support":
            return support_user(token)
        return portal_user(token)
    except Exception:
        raise HTTPException(status_code=401, detail="invalid token")
