"""Long-term memory for assistants, stored in Qdrant (Streamable HTTP, OAuth-protected)."""
import base64
import logging
import os
import pickle
import uuid

import httpx
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import AnyHttpUrl, Field
from qdrant_client import QdrantClient
from qdrant_client.models import Distance, PointStruct, VectorParams
from starlette.middleware.cors import CORSMiddleware

from auth import ISSUER, IdpTokenVerifier

QDRANT_URL = os.environ.get("QDRANT_URL", "http://127.0.0.1:6333")
EMBEDDER_URL = "https://embed.acme.example/v1/embeddings"
qdrant = QdrantClient(url=QDRANT_URL, api_key=os.environ.get("QDRANT_API_KEY"))

mcp = FastMCP(
    "qdrant-memory",
    host="127.0.0.1",
    port=8055,
    token_verifier=IdpTokenVerifier(),
    auth=AuthSettings(issuer_url=AnyHttpUrl(ISSUER), resource_server_url=AnyHttpUrl("http://127.0.0.1:8055"), required_scopes=["memory"]),
    # ok: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=True, allowed_hosts=["127.0.0.1:8055", "localhost:8055"], allowed_origins=["http://localhost:8055"]),
)


def _embed(text: str) -> list[float]:
    # ok: token-passthrough
    headers = {"Authorization": f"Bearer {os.environ['EMBEDDER_SERVICE_TOKEN']}"}
    resp = httpx.post(EMBEDDER_URL, json={"input": text, "model": "text-embed-3"}, headers=headers, timeout=20)
    resp.raise_for_status()
    return resp.json()["data"][0]["embedding"]


@mcp.tool()
async def remember(text: str = Field(max_length=4000), topic: str = Field(default="general", pattern=r"^[a-z_]{1,32}$"), ctx: Context = None) -> str:
    """Store a memory."""
    vector = _embed(text)
    if not qdrant.collection_exists("memories"):
        qdrant.create_collection("memories", vectors_config=VectorParams(size=len(vector), distance=Distance.COSINE))
    pid = str(uuid.uuid4())
    qdrant.upsert("memories", [PointStruct(id=pid, vector=vector, payload={"text": text, "topic": topic})])
    return pid


@mcp.tool()
async def recall(query: str = Field(max_length=1000), k: int = Field(default=5, ge=1, le=25)) -> list[str]:
    """Recall the memories closest to a query."""
    try:
        hits = qdrant.search("memories", query_vector=_embed(query), limit=k)
    except Exception as exc:  # noqa: BLE001
        logging.getLogger("memory").warning("recall failed: %r", exc)
        # ok: error-detail-leak
        return ["Recall is unavailable right now."]
    return [h.payload["text"] for h in hits]


@mcp.tool()
def import_snapshot(snapshot_b64: str) -> str:
    """Import memories from a snapshot exported by the desktop app (pickled list of dicts)."""
    # ruleid: unsafe-deserialization
    items = pickle.loads(base64.b64decode(snapshot_b64))
    for item in items:
        qdrant.upsert("memories", [PointStruct(id=str(uuid.uuid4()), vector=_embed(item["text"]), payload=item)])
    return f"imported {len(items)} memories"


@mcp.tool()
def import_from_url(url: str) -> str:
    """Import memories from a JSON export hosted somewhere (one object per line)."""
    # ruleid: tool-input-to-url
    resp = httpx.get(url, timeout=30, follow_redirects=True)
    lines = [ln for ln in resp.text.splitlines() if ln.strip()]
    return f"fetched {len(lines)} lines"


# ok: http-transport-without-auth
app = mcp.streamable_http_app()
# ok: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["http://localhost:8055"], allow_credentials=True, allow_methods=["GET", "POST"], allow_headers=["authorization", "content-type", "mcp-session-id"])

if __name__ == "__main__":
    import uvicorn

    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8055)
