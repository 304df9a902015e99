"""Meilisearch administration over MCP for the search team's web console (fastmcp, HTTP)."""
import os
import traceback
from typing import Literal

import meilisearch
import uvicorn
from fastmcp import FastMCP
from pydantic import Field
from starlette.middleware.cors import CORSMiddleware

client = meilisearch.Client(os.environ.get("MEILI_URL", "http://127.0.0.1:7700"), os.environ.get("MEILI_MASTER_KEY"))
mcp = FastMCP("meili-admin")

Index = Literal["products", "articles", "help_center"]


@mcp.tool
def search(index: Index, q: str = Field(max_length=200), limit: int = Field(20, ge=1, le=100)) -> dict:
    """Search an index."""
    res = client.index(index).search(q, {"limit": limit})
    return {"total": res.get("estimatedTotalHits"), "hits": res["hits"]}


@mcp.tool
def update_ranking_rules(index: Index, rules: list[str]) -> str:
    """Replace the ranking rules of an index."""
    try:
        task = client.index(index).update_ranking_rules(rules)
        client.wait_for_task(task.task_uid, timeout_in_ms=10_000)
        return f"task {task.task_uid} done"
    except Exception:
        # ruleid: error-detail-leak
        return "failed:\n" + traceback.format_exc()


@mcp.tool
def tasks(status: Literal["enqueued", "processing", "failed", "succeeded"] = "failed") -> list[dict]:
    """Recent Meilisearch tasks with a given status."""
    try:
        res = client.get_tasks({"statuses": [status], "limit": 20})
        return [{"uid": t.uid, "type": t.type, "error": (t.error or {}).get("message")} for t in res.results]
    except meilisearch.errors.MeilisearchApiError as exc:
        # ok: error-detail-leak
        return [{"error": f"Meilisearch refused the request (code {exc.code})"}]


# ruleid: http-transport-without-auth
app = mcp.http_app(path="/mcp")
# ruleid: cors-wildcard-credentials
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["GET", "POST", "DELETE"], allow_headers=["*"], expose_headers=["mcp-session-id"])

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8700")))
