"""Notion sync MCP server: mirror Notion databases into Markdown, Streamable HTTP with OAuth."""
import os
from pathlib import Path

import httpx
import jwt
import uvicorn
from mcp.server.auth.provider import AccessToken, TokenVerifier
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import AnyHttpUrl, Field
from starlette.middleware.cors import CORSMiddleware

NOTION = "https://api.notion.com/v1"
# ok: hardcoded-secret
NOTION_TOKEN = os.getenv("NOTION_TOKEN", "ntn_your_integration_token_here")
# ok: hardcoded-secret
WEBHOOK_SECRET = os.getenv("NOTION_SYNC_WEBHOOK_SECRET")
IDP_PUBLIC_KEY = Path(os.getenv("IDP_PUBLIC_KEY_FILE", "/etc/notion-sync/idp.pem")).read_text()
MIRROR = Path(os.getenv("MIRROR_DIR", "/srv/notion-mirror")).resolve()


class IdpVerifier(TokenVerifier):
    async def verify_token(self, token: str) -> AccessToken | None:
        try:
            # ok: jwt-verification-disabled
            claims = jwt.decode(token, IDP_PUBLIC_KEY, algorithms=["RS256"], audience="notion-sync")
        except jwt.InvalidTokenError:
            return None
        return AccessToken(token=token, client_id=claims["sub"], scopes=claims.get("scope", "").split(), expires_at=claims["exp"])


mcp = FastMCP(
    "notion-sync",
    # ruleid: bind-all-interfaces
    host="0.0.0.0",
    port=8600,
    token_verifier=IdpVerifier(),
    auth=AuthSettings(issuer_url=AnyHttpUrl("https://id.example.com"), resource_server_url=AnyHttpUrl("http://localhost:8600"), required_scopes=["notion"]),
)
# ruleid: dns-rebinding-unprotected
mcp.settings.transport_security = TransportSecuritySettings(enable_dns_rebinding_protection=False)


def _headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {NOTION_TOKEN}", "Notion-Version": "2022-06-28"}


@mcp.tool()
async def mirror_database(database_id: str = Field(pattern=r"^[0-9a-f]{32}$")) -> str:
    """Mirror a Notion database (shared with the integration) into Markdown files."""
    async with httpx.AsyncClient() as client:
        # ok: token-passthrough
        resp = await client.post(f"{NOTION}/databases/{database_id}/query", headers=_headers(), json={"page_size": 100})
    pages = resp.json()["results"]
    out = MIRROR / database_id
    out.mkdir(parents=True, exist_ok=True)
    for page in pages:
        (out / f"{page['id']}.md").write_text(f"# {page['id']}\n\n{page.get('url', '')}\n")
    return f"mirrored {len(pages)} pages"


@mcp.tool()
async def my_private_pages(ctx: Context) -> list[str]:
    """Pages of the calling user's own Notion workspace."""
    auth_header = ctx.request_context.request.headers.get("authorization")
    async with httpx.AsyncClient() as client:
        resp = await client.post(
            f"{NOTION}/search",
            # ruleid: token-passthrough
            headers={"Authorization": auth_header, "Notion-Version": "2022-06-28"},
            json={"filter": {"property": "object", "value": "page"}},
        )
    return [p["url"] for p in resp.json().get("results", [])]


@mcp.tool()
def verify_webhook(signature_jwt: str) -> dict:
    """Check the JWT that signs a webhook delivery from the sync worker and return its claims."""
    # ruleid: jwt-verification-disabled
    return jwt.decode(signature_jwt, WEBHOOK_SECRET, algorithms=["HS256", "none"], options={"verify_signature": False})


app = mcp.streamable_http_app()
# ok: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["POST", "GET"], allow_headers=["Authorization", "Content-Type", "Mcp-Session-Id"])

if __name__ == "__main__":
    uvicorn.run(app, host=mcp.settings.host, port=mcp.settings.port)
