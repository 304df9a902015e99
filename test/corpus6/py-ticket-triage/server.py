import ast
import base64
import json
import logging
import os
import pickle

import uvicorn
from jose import jwt
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Mount

log = logging.getLogger("triage")
logging.basicConfig(level=logging.INFO)

mcp = FastMCP("ticket-triage")
# ruleid: dns-rebinding-unprotected
mcp.settings.transport_security = TransportSecuritySettings(enable_dns_rebinding_protection=False)

QUEUES = {"billing", "bugs", "how-to", "outage", "security"}


@mcp.tool()
def route_ticket(subject: str, body: str) -> str:
    """Suggests a queue for a new ticket from keywords."""
    text = f"{subject} {body}".lower()
    if "invoice" in text or "refund" in text:
        return "billing"
    if "down" in text or "503" in text:
        return "outage"
    return "how-to"


@mcp.tool()
def apply_rule(ticket_json: str, rule: str) -> bool:
    """Evaluates a triage rule (a Python expression over `ticket`) against a ticket."""
    ticket = json.loads(ticket_json)
    # ruleid: tool-input-to-eval
    return bool(eval(rule, {"ticket": ticket}))


@mcp.tool()
def parse_custom_fields(fields_repr: str) -> dict:
    """Parses the custom-fields column, stored as a Python dict repr by the legacy importer."""
    # ok: tool-input-to-eval
    fields = ast.literal_eval(fields_repr)
    return {str(k): v for k, v in dict(fields).items()}


@mcp.tool()
def load_macro(macro_b64: str) -> dict:
    """Loads a saved reply macro exported by the old desk (base64 pickle)."""
    # ruleid: unsafe-deserialization
    macro = pickle.loads(base64.b64decode(macro_b64))
    return {"title": macro["title"], "actions": len(macro["actions"])}


@mcp.tool()
def load_macro_json(macro_json: str) -> dict:
    """Loads a saved reply macro in the new JSON format."""
    # ok: unsafe-deserialization
    macro = json.loads(macro_json)
    return {"title": macro["title"], "actions": len(macro.get("actions", []))}


@mcp.tool()
def assign(ticket_id: int, queue: str, agent_email: str) -> str:
    """Assigns a ticket to an agent in a queue."""
    if queue not in QUEUES:
        raise ValueError(f"unknown queue {queue}")
    # ok: sensitive-data-logged
    log.info("ticket %s assigned to queue %s", ticket_id, queue)
    return f"#{ticket_id} → {queue} ({agent_email})"


async def whoami(request: Request) -> JSONResponse:
    token = request.headers.get("authorization", "").removeprefix("Bearer ")
    # ruleid: sensitive-data-logged
    log.info("whoami called with bearer %s", token)
    # ruleid: jwt-verification-disabled
    claims = jwt.get_unverified_claims(token)
    return JSONResponse({"sub": claims.get("sub"), "roles": claims.get("roles", [])})


app = Starlette(
    routes=[
        # ruleid: http-transport-without-auth
        Mount("/mcp", app=mcp.streamable_http_app()),
    ],
)
app.add_route("/whoami", whoami)
# ok: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["https://desk.example.com"], allow_credentials=True, allow_methods=["GET", "POST"])

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8300")))
