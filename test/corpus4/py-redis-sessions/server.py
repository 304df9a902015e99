"""Redis session store MCP server: inspect, create and migrate web sessions (stdio)."""
from __future__ import annotations

import base64
import json
import os
import pickle
import random
import secrets
import string
import sys
import time

import redis
from mcp.server.fastmcp import FastMCP
from pydantic import BaseModel, Field

REDIS_URL = os.environ.get("REDIS_URL", "rediss://sessions.cache.example.net:6380/2")
if os.environ.get("REDIS_CA"):
    # ok: tls-verification-disabled
    r = redis.Redis.from_url(REDIS_URL, ssl_ca_certs=os.environ["REDIS_CA"], ssl_cert_reqs="required", decode_responses=False)
else:
    # ruleid: tls-verification-disabled
    r = redis.Redis.from_url(REDIS_URL, ssl_cert_reqs="none", decode_responses=False)

mcp = FastMCP("redis-sessions")
PREFIX = "sess:"


class NewSession(BaseModel):
    user_id: int
    roles: list[str] = Field(default_factory=list, max_length=10)
    ttl_seconds: int = Field(3600, ge=60, le=86400)


def _legacy_session_id() -> str:
    # ruleid: insecure-randomness
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(24))


@mcp.tool()
def create_session(spec: NewSession) -> str:
    """Create a session for a user and return its id."""
    # ok: insecure-randomness
    sid = secrets.token_urlsafe(32)
    r.setex(PREFIX + sid, spec.ttl_seconds, json.dumps({"user_id": spec.user_id, "roles": spec.roles, "created": time.time()}))
    return sid


@mcp.tool()
def create_legacy_session(user_id: int) -> str:
    """Create a session in the format of the old PHP frontend."""
    sid = _legacy_session_id()
    r.setex(PREFIX + sid, 3600, json.dumps({"user_id": user_id}))
    return sid


@mcp.tool()
def show_session(session_id: str = Field(pattern=r"^[A-Za-z0-9_-]{16,64}$")) -> dict:
    """Decode and show a stored session."""
    raw = r.get(PREFIX + session_id)
    if raw is None:
        return {"error": "not found"}
    # ok: unsafe-deserialization
    return json.loads(raw)


@mcp.tool()
def import_session(session_id: str, payload_b64: str) -> str:
    """Import a session exported by the Django app (pickled session dict, base64)."""
    # ruleid: unsafe-deserialization
    data = pickle.loads(base64.b64decode(payload_b64))
    r.setex(PREFIX + session_id, 3600, json.dumps(data, default=str))
    return f"imported {len(data)} keys"


@mcp.tool()
def session_count() -> int:
    """Number of live sessions."""
    return sum(1 for _ in r.scan_iter(PREFIX + "*", count=1000))


@mcp.tool()
def sample_sessions(n: int = Field(5, ge=1, le=50)) -> list[str]:
    """A random sample of session ids for debugging."""
    keys = [k.decode() for k in r.scan_iter(PREFIX + "*", count=500)]
    # ok: insecure-randomness
    return random.sample(keys, min(n, len(keys)))


if __name__ == "__main__":
    print("redis-sessions MCP server starting", file=sys.stderr)
    mcp.run()
