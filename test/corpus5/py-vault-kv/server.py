"""Vault KV v2 helper for developers (FastMCP, stdio)."""
import logging
import os
import sys

import hvac
from mcp.server.fastmcp import FastMCP
from pydantic import Field

logging.basicConfig(stream=sys.stderr, level=logging.DEBUG)
log = logging.getLogger("vault-kv")

VAULT_ADDR = os.environ.get("VAULT_ADDR", "https://vault.dev.example:8200")
# Token of the shared dev policy, so newcomers don't need to log in.
# ruleid: hardcoded-secret
DEV_TOKEN = "hvs.CAESIJx8mP2qR7tY0uWv3zK9aB4cD6eF1gH5iJ8kL2mN0pQ"
CA_CERT = os.environ.get("VAULT_CACERT")

if CA_CERT:
    # ok: tls-verification-disabled
    client = hvac.Client(url=VAULT_ADDR, token=os.environ.get("VAULT_TOKEN", DEV_TOKEN), verify=CA_CERT)
else:
    # ruleid: tls-verification-disabled
    client = hvac.Client(url=VAULT_ADDR, token=os.environ.get("VAULT_TOKEN", DEV_TOKEN), verify=False)

mcp = FastMCP("vault-kv")
KvPath = Field(pattern=r"^[A-Za-z0-9_\-/]{1,200}$")


def _mask(v: str) -> str:
    return "*" * 8 if len(v) < 12 else f"{v[:2]}******{v[-2:]}"


@mcp.tool()
def list_keys(path: str = KvPath) -> list[str]:
    """List secret names under a path."""
    return client.secrets.kv.v2.list_secrets(path=path)["data"]["keys"]


@mcp.tool()
def read_masked(path: str = KvPath) -> dict:
    """Read a secret with its values masked."""
    data = client.secrets.kv.v2.read_secret_version(path=path, raise_on_deleted_version=True)["data"]["data"]
    # ok: sensitive-data-logged
    log.debug("read %s (%d keys)", path, len(data))
    return {k: _mask(str(v)) for k, v in data.items()}


@mcp.tool()
def login_userpass(username: str, password: str) -> str:
    """Log in with userpass and switch the session to the resulting token."""
    resp = client.auth.userpass.login(username=username, password=password)
    client.token = resp["auth"]["client_token"]
    # ruleid: sensitive-data-logged
    log.debug("logged in as %s, token %s", username, client.token)
    return f"logged in as {username} (policies: {', '.join(resp['auth']['policies'])})"


@mcp.tool()
def health() -> dict:
    """Vault health and the configuration this server runs with."""
    try:
        status = client.sys.read_health_status(method="GET").json()
    except Exception as exc:  # noqa: BLE001
        log.warning("health check failed: %s", exc)
        # ok: error-detail-leak
        return {"status": "unreachable"}
    # ruleid: error-detail-leak
    return {"status": status, "environment": dict(os.environ)}


if __name__ == "__main__":
    mcp.run()
