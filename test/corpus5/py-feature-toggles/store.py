"""Postgres store for toggles and their API keys."""
import os
import random
import secrets
import string

import psycopg2
import psycopg2.extras

DSN = os.environ.get("TOGGLES_DSN", "dbname=toggles user=toggles host=localhost")


def _conn():
    return psycopg2.connect(DSN, cursor_factory=psycopg2.extras.RealDictCursor)


def get_toggle(name: str) -> dict | None:
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT name, enabled, rule, owner FROM toggles WHERE name = %s", (name,))
        return cur.fetchone()


def toggles_for_owner(owner: str, state: str) -> list[dict]:
    query = "SELECT name, enabled FROM toggles WHERE owner = '{}' AND state = '{}' ORDER BY name".format(owner, state)
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(query)
        return cur.fetchall()


def set_enabled(name: str, enabled: bool) -> int:
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("UPDATE toggles SET enabled = %(enabled)s, updated_at = now() WHERE name = %(name)s", {"name": name, "enabled": enabled})
        return cur.rowcount


def new_sdk_key(environment: str) -> str:
    # ruleid: insecure-randomness
    suffix = "".join(str(random.randint(0, 9)) for _ in range(16))
    return f"sdk-{environment}-{suffix}"


def new_admin_key() -> str:
    # ok: insecure-randomness
    return "adm_" + secrets.token_hex(24)


def slug(n: int = 6) -> str:
    return "".join(random.choices(string.ascii_lowercase, k=n))
