"""Prometheus alerting MCP server over Streamable HTTP with OAuth token verification."""
import os

import httpx
import yaml
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import AnyHttpUrl, BaseModel, Field

from netcheck import BlockedURL, checked_url

PROM = os.environ.get("PROMETHEUS_URL", "http://127.0.0.1:9090")
INTROSPECTION = os.environ.get("INTROSPECTION_URL", "https://auth.example.com/oauth2/introspect")
CLIENT_ID = os.environ.get("MCP_CLIENT_ID", "prom-alerts-mcp")
CLIENT_SECRET = os.environ.get("MCP_CLIENT_SECRET", "")


class IntrospectionVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        async with httpx.AsyncClient(timeout=5) as client:
            # ok: token-passthrough
            resp = await client.post(INTROSPECTION, data={"token": token}, auth=(CLIENT_ID, CLIENT_SECRET))
        data = resp.json()
        if not data.get("active"):
            return None
        return AccessToken(token=token, client_id=data["client_id"], scopes=data.get("scope", "").split(), expires_at=data.get("exp"))


mcp = FastMCP(
    "prometheus-alerts",
    # ok: bind-all-interfaces
    host="127.0.0.1",
    port=8765,
    token_verifier=IntrospectionVerifier(),
    auth=AuthSettings(
        issuer_url=AnyHttpUrl("https://auth.example.com"),
        resource_server_url=AnyHttpUrl("http://127.0.0.1:8765"),
        required_scopes=["alerts:read"],
    ),
    # ok: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["127.0.0.1:8765", "localhost:8765"], allowed_origins=["http://localhost:8765"]),
)


class AlertSummary(BaseModel):
    name: str
    state: str
    severity: str | None = None
    active_since: str | None = None


@mcp.tool()
async def firing_alerts(severity: str | None = Field(default=None, pattern=r"^(critical|warning|info)$")) -> list[AlertSummary]:
    """Alerts currently firing, optionally only one severity."""
    async with httpx.AsyncClient() as client:
        data = (await client.get(f"{PROM}/api/v1/alerts")).json()["data"]["alerts"]
    out = [
        AlertSummary(name=a["labels"]["alertname"], state=a["state"], severity=a["labels"].get("severity"), active_since=a.get("activeAt"))
        for a in data
    ]
    return [a for a in out if severity is None or a.severity == severity]


@mcp.tool()
async def rule_groups(ctx: Context) -> str:
    """Names of the loaded rule groups."""
    await ctx.info("reading rule groups")
    async with httpx.AsyncClient() as client:
        groups = (await client.get(f"{PROM}/api/v1/rules")).json()["data"]["groups"]
    return "\n".join(g["name"] for g in groups)


@mcp.tool()
async def lint_rules_from_url(url: str) -> str:
    """Download a rules YAML from an approved host and list the alert names it defines."""
    try:
        safe = checked_url(url)
    except BlockedURL as exc:
        return f"refused: {exc}"
    async with httpx.AsyncClient(follow_redirects=False) as client:
        # ok: tool-input-to-url
        text = (await client.get(safe)).text
    # ok: unsafe-deserialization
    doc = yaml.safe_load(text)
    names = [r.get("alert") for g in doc.get("groups", []) for r in g.get("rules", []) if r.get("alert")]
    return "\n".join(names)


@mcp.tool()
async def compare_with_remote(prometheus_url: str, metric: str) -> str:
    """Compare a metric's current value with another Prometheus server."""
    async with httpx.AsyncClient(timeout=10) as client:
        local = (await client.get(f"{PROM}/api/v1/query", params={"query": metric})).json()
        # ruleid: tool-input-to-url
        remote = (await client.get(f"{prometheus_url}/api/v1/query", params={"query": metric})).json()
    return f"local={local['data']['result']}\nremote={remote['data']['result']}"


if __name__ == "__main__":
    # ok: http-transport-without-auth
    mcp.run(transport="streamable-http")
