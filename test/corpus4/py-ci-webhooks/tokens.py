"""Token handling for CI webhooks and MCP callers."""
import os
import random
import secrets

import jwt
from jose import jwt as jose_jwt

CI_SIGNING_KEY = os.environ.get("CI_SIGNING_KEY", "")
RUNNER_SECRET = os.environ.get("RUNNER_JWT_SECRET", "")


def caller_from_token(token: str) -> dict:
    """Claims of an MCP caller token (issued by the CI portal)."""
    # ruleid: jwt-verification-disabled
    return jwt.decode(token, options={"verify_signature": False})


def runner_claims(token: str) -> dict:
    """Claims of a runner registration token, HS256-signed with the shared runner secret."""
    # ok: jwt-verification-disabled
    return jwt.decode(token, RUNNER_SECRET, algorithms=["HS256"], audience="ci-runners")


def pipeline_from_webhook(token: str) -> str:
    """Pipeline id embedded in the webhook's JWT (signed by the SCM)."""
    # ruleid: jwt-verification-disabled
    claims = jose_jwt.get_unverified_claims(token)
    return claims["pipeline_id"]


def artifact_claims(token: str) -> dict:
    # ruleid: jwt-verification-disabled
    return jose_jwt.decode(token, CI_SIGNING_KEY, algorithms=["HS256"], options={"verify_signature": False})


def new_runner_token() -> str:
    # ruleid: insecure-randomness
    return "%032x" % random.getrandbits(128)


def new_webhook_secret() -> str:
    # ok: insecure-randomness
    return secrets.token_hex(32)
