"""Feature toggles over MCP for the product team's internal assistant (Starlette app)."""
import contextlib
import os

import jwt
import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field
from simpleeval import simple_eval
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

import store

mcp = FastMCP(
    "feature-toggles",
    stateless_http=True,
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False, allowed_hosts=[], allowed_origins=[]),
)


@mcp.tool()
def toggle(name: str = Field(pattern=r"^[a-z0-9_.-]{1,80}$")) -> dict:
    """Show one toggle."""
    return store.get_toggle(name) or {"error": "not found"}


@mcp.tool()
def owned_by(owner: str, state: str = "active") -> list[dict]:
    """Toggles owned by a team."""
    return store.toggles_for_owner(owner, state)


@mcp.tool()
def evaluate(name: str = Field(pattern=r"^[a-z0-9_.-]{1,80}$"), context: dict[str, str | int | bool] = Field(default_factory=dict)) -> bool:
    """Evaluate a toggle's targeting rule (e.g. "country == 'NL' and plan != 'free'") for a context."""
    t = store.get_toggle(name)
    if not t or not t["enabled"]:
        return False
    # ok: tool-input-to-eval
    return bool(simple_eval(t["rule"] or "True", names=context))


@mcp.tool()
def test_rule(rule: str, context: dict[str, str | int | bool] = Field(default_factory=dict)) -> bool:
    """Try out a targeting rule before saving it."""
    # ruleid: tool-input-to-eval
    return bool(eval(rule, {"__builtins__": {}}, dict(context)))


@mcp.tool()
def create_sdk_key(environment: str = Field(pattern=r"^(dev|staging|prod)$")) -> str:
    """Create a client SDK key for an environment."""
    return store.new_sdk_key(environment)


@mcp.tool()
def can_administer(token: str) -> bool:
    """Tell whether the holder of a session token may change toggles in production."""
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(token, algorithms=["HS256"], options={"verify_signature": False})
    return "toggle-admin" in claims.get("roles", [])


@contextlib.asynccontextmanager
async def lifespan(_app):
    async with mcp.session_manager.run():
        yield


# ruleid: http-transport-without-auth
app = Starlette(routes=[Mount("/toggles", app=mcp.streamable_http_app())], lifespan=lifespan)
# ruleid: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https?://.*", allow_credentials=True, allow_methods=["*"])

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host=os.environ.get("HOST", "0.0.0.0"), port=8090)
