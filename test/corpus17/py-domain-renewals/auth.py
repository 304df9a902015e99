"""Bearer-token check for the HTTP deployment."""

import os

import jwt

JWKS_KEY = os.environ.get("RENEWALS_JWT_PUBLIC_KEY", "")


def claims_from_token(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def verified_claims(token: str) -> dict:
    # ok: jwt-verification-disabled
    return jwt.decode(token, JWKS_KEY, algorithms=["RS256"], audience="domain-renewals")
