"""Elasticsearch log explorer MCP server, SSE transport mounted in Starlette."""
import os

import uvicorn
from elasticsearch import Elasticsearch
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

ES_URL = os.environ.get("ES_URL", "https://es.logs.example.com:9200")
ES_API_KEY = os.environ.get("ES_API_KEY")

# ruleid: tls-verification-disabled
es = Elasticsearch(ES_URL, api_key=ES_API_KEY, verify_certs=False, ssl_show_warn=False)

mcp = FastMCP(
    "elastic-logs",
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)

INDEX = Field(pattern=r"^logs-[a-z0-9-]+$")


@mcp.tool()
def search(index: str = INDEX, query: str = Field(max_length=500), size: int = Field(20, le=200)) -> list[dict]:
    """Query-string search in a logs-* index, newest first."""
    res = es.search(index=index, q=query, size=size, sort="@timestamp:desc")
    return [h["_source"] for h in res["hits"]["hits"]]


@mcp.tool()
def top_errors(index: str = INDEX, hours: int = Field(24, ge=1, le=168)) -> list[dict]:
    """Most frequent error messages in the last hours."""
    res = es.search(
        index=index,
        size=0,
        query={"bool": {"filter": [{"term": {"log.level": "error"}}, {"range": {"@timestamp": {"gte": f"now-{hours}h"}}}]}},
        aggs={"msgs": {"terms": {"field": "message.keyword", "size": 20}}},
    )
    return res["aggregations"]["msgs"]["buckets"]


@mcp.tool()
def trace(trace_id: str = Field(pattern=r"^[a-f0-9]{32}$")) -> list[dict]:
    """All log lines of a distributed trace."""
    res = es.search(index="logs-*", query={"term": {"trace.id": trace_id}}, size=500, sort="@timestamp:asc")
    return [h["_source"] for h in res["hits"]["hits"]]


async def health(_request):
    return PlainTextResponse("ok")


app = Starlette(
    routes=[
        Route("/healthz", health),
        # ruleid: http-transport-without-auth
        Mount("/", app=mcp.sse_app()),
    ],
    # ruleid: cors-wildcard-credentials
    middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"])],
)

if __name__ == "__main__":
    # ruleid: bind-all-interfaces
    uvicorn.run(app, host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
