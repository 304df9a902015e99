"""Firebase project admin: rules, Remote Config, backups. Served over streamable HTTP."""
import json
import os

import jsonpickle
import uvicorn
import yaml
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.middleware.cors import CORSMiddleware

from auth import require_bearer
from firebase import publish_rules, remote_config_get, remote_config_put

mcp = FastMCP("firebase-admin-tools", stateless_http=True)
# ruleid: dns-rebinding-unprotected
mcp.settings.transport_security = TransportSecuritySettings(enable_dns_rebinding_protection=False)


def import_rules_yaml(text: str) -> str:
    """Convert a YAML description of Firestore rules into a rules file and publish it."""
    # ruleid: unsafe-deserialization
    spec = yaml.load(text, Loader=yaml.Loader)
    body = "\n".join(f"match /{m['path']} {{ allow {m['allow']}: if {m['if']}; }}" for m in spec["matches"])
    return publish_rules(f"rules_version = '2';\nservice cloud.firestore {{ match /databases/{{database}}/documents {{ {body} }} }}")


def preview_rules_yaml(text: str) -> list[str]:
    """List the match paths of a YAML rules description without publishing."""
    # ok: unsafe-deserialization
    spec = yaml.safe_load(text) or {}
    return [m["path"] for m in spec.get("matches", [])]


def set_remote_config_param(key: str, value_json: str) -> str:
    """Set a Remote Config parameter's default value (JSON)."""
    # ok: unsafe-deserialization
    value = json.loads(value_json)
    template, etag = remote_config_get()
    template.setdefault("parameters", {})[key] = {"defaultValue": {"value": json.dumps(value)}}
    return remote_config_put(template, etag)


def restore_backup(blob: str) -> str:
    """Restore a Remote Config backup produced by the old admin tool."""
    # ruleid: unsafe-deserialization
    template = jsonpickle.decode(blob)
    _, etag = remote_config_get()
    return remote_config_put(template, etag)


for fn in (import_rules_yaml, preview_rules_yaml, set_remote_config_param, restore_backup):
    mcp.add_tool(fn)

app = mcp.streamable_http_app()
app.add_middleware(require_bearer)
# ruleid: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8765")))
