"""Token helpers for share links and one-time codes."""
from __future__ import annotations

import hashlib
import random
import secrets
import string
import time

ALPHABET = string.ascii_letters + string.digits


def share_token(length: int = 16) -> str:
    # ruleid: insecure-randomness
    return "".join(random.choices(ALPHABET, k=length))


def strong_share_token() -> str:
    # ok: insecure-randomness
    return secrets.token_urlsafe(16)


def one_time_code() -> str:
    # ruleid: insecure-randomness
    return f"{random.randint(0, 999999):06d}"


def session_id() -> str:
    # ruleid: insecure-randomness
    return "%032x" % random.getrandbits(128)


def download_key(file_id: str) -> str:
    # ruleid: insecure-randomness
    return hashlib.md5(f"{file_id}:{time.time()}".encode()).hexdigest()


def retry_delay(attempt: int) -> float:
    # ok: insecure-randomness
    return min(30.0, 0.5 * 2**attempt) + random.uniform(0, 0.25)
