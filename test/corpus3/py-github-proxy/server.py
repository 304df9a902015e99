"""github-proxy: GitHub helpers for a team assistant (fastmcp 2, HTTP, JWT-protected)."""
from __future__ import annotations

import logging
import os

import httpx
from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from fastmcp.server.dependencies import get_access_token, get_http_headers, get_http_request

log = logging.getLogger("github-proxy")

GITHUB_API = "https://api.github.com"
# ok: hardcoded-secret
GITHUB_APP_TOKEN = os.environ.get("GITHUB_APP_INSTALLATION_TOKEN", "")
TOKEN_EXCHANGE_URL = os.environ.get("TOKEN_EXCHANGE_URL", "https://sso.example.com/oauth2/token")

auth = JWTVerifier(
    jwks_uri="https://sso.example.com/.well-known/jwks.json",
    issuer="https://sso.example.com",
    audience="github-proxy",
)
mcp = FastMCP("github-proxy", auth=auth)


def _gh(path: str, **params) -> httpx.Response:
    return httpx.get(
        f"{GITHUB_API}{path}",
        params=params,
        # ok: token-passthrough
        headers={"Authorization": f"Bearer {GITHUB_APP_TOKEN}", "Accept": "application/vnd.github+json"},
        timeout=15,
    )


@mcp.tool
def open_issues(owner: str, repo: str, label: str | None = None) -> list[dict]:
    """Open issues of a repository (optionally with a label)."""
    # ok: tool-input-to-url
    r = _gh(f"/repos/{owner}/{repo}/issues", state="open", labels=label or "")
    return [{"number": i["number"], "title": i["title"]} for i in r.json()]


@mcp.tool
def my_notifications() -> list[dict]:
    """The signed-in user's unread GitHub notifications."""
    request = get_http_request()
    r = httpx.get(
        f"{GITHUB_API}/notifications",
        # ruleid: token-passthrough
        headers={"Authorization": request.headers.get("authorization", ""), "Accept": "application/vnd.github+json"},
    )
    return [{"repo": n["repository"]["full_name"], "title": n["subject"]["title"]} for n in r.json()]


@mcp.tool
def star_repo(owner: str, repo: str) -> str:
    """Star a repository as the signed-in user."""
    incoming = get_http_headers(include_all=True)
    # ruleid: token-passthrough
    headers = {"Authorization": incoming["authorization"], "Content-Length": "0"}
    r = httpx.put(f"{GITHUB_API}/user/starred/{owner}/{repo}", headers=headers)
    return "starred" if r.status_code == 204 else f"GitHub answered {r.status_code}"


@mcp.tool
def my_repos() -> list[str]:
    """Repositories the signed-in user can push to."""
    token = get_access_token()
    r = httpx.get(
        f"{GITHUB_API}/user/repos",
        params={"affiliation": "owner,collaborator"},
        # ruleid: token-passthrough
        headers={"Authorization": f"Bearer {token.token}"},
    )
    return [x["full_name"] for x in r.json()]


@mcp.tool
def my_gists() -> list[str]:
    """The signed-in user's gists, using a GitHub token obtained by token exchange."""
    subject = get_access_token().token
    exchanged = httpx.post(
        TOKEN_EXCHANGE_URL,
        data={
            "grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
            "subject_token": subject,
            "subject_token_type": "urn:ietf:params:oauth:token-type:access_token",
            "audience": "github",
        },
        auth=(os.environ["PROXY_CLIENT_ID"], os.environ["PROXY_CLIENT_SECRET"]),
    ).json()["access_token"]
    # ok: token-passthrough
    r = httpx.get(f"{GITHUB_API}/gists", headers={"Authorization": f"Bearer {exchanged}"})
    return [g["html_url"] for g in r.json()]


@mcp.tool
def fetch_raw(url: str) -> str:
    """Download a raw file from a link the user pasted."""
    # ruleid: tool-input-to-url
    return httpx.get(url, follow_redirects=True, timeout=15).text[:50000]


if __name__ == "__main__":
    # ok: http-transport-without-auth
    mcp.run(
        transport="http",
        # ok: bind-all-interfaces
        host="127.0.0.1",
        port=8765,
    )
