"""RabbitMQ monitoring for the on-call dashboard (FastMCP over SSE)."""
import os
from urllib.parse import quote

import pika
import requests
import uvicorn
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import Field
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

MGMT = os.environ.get("RABBIT_MGMT", "https://rabbit-mgmt.internal:15671")
MGMT_AUTH = (os.environ.get("RABBIT_USER", "monitoring"), os.environ.get("RABBIT_PASSWORD", ""))
# ruleid: hardcoded-secret
AMQP_URL = "amqp://oncall:R4bb1t-0nc4ll-pw@rabbit.internal:5672/%2F"

mcp = FastMCP(
    "rabbit-monitor",
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


@mcp.tool()
def queue(vhost: str = Field(default="/", max_length=100), name: str = Field(pattern=r"^[\w.:-]{1,255}$")) -> dict:
    """Depth, rates and consumers of one queue."""
    # ok: tool-input-to-url
    resp = requests.get(f"{MGMT}/api/queues/{quote(vhost, safe='')}/{quote(name, safe='')}", auth=MGMT_AUTH, timeout=5)
    resp.raise_for_status()
    q = resp.json()
    return {"messages": q.get("messages"), "consumers": q.get("consumers"), "publish_rate": q.get("message_stats", {}).get("publish_details", {}).get("rate")}


@mcp.tool()
def alarms() -> list[str]:
    """Active memory / disk alarms on the cluster nodes."""
    nodes = requests.get(f"{MGMT}/api/nodes", auth=MGMT_AUTH, timeout=5).json()
    return [f"{n['name']}: mem_alarm={n['mem_alarm']} disk_free_alarm={n['disk_free_alarm']}" for n in nodes if n["mem_alarm"] or n["disk_free_alarm"]]


@mcp.tool()
def send_probe(routing_key: str = Field(default="probe", pattern=r"^[\w.]{1,64}$")) -> str:
    """Publish a probe message on the monitoring exchange."""
    conn = pika.BlockingConnection(pika.URLParameters(AMQP_URL))
    try:
        conn.channel().basic_publish(exchange="monitoring", routing_key=routing_key, body=b"probe")
    finally:
        conn.close()
    return "probe sent"


app = Starlette(
    # ruleid: http-transport-without-auth
    routes=[Mount("/", app=mcp.sse_app())],
    # ruleid: cors-wildcard-credentials
    middleware=[Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_headers=["*"])],
)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8640")))
