"""billing-mcp: Stripe billing lookups for the finance assistant (Streamable HTTP)."""
from __future__ import annotations

import contextlib
import hmac
import logging
import os
import sys
import traceback

import stripe
import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import PlainTextResponse
from starlette.routing import Mount
from mcp.server.fastmcp import FastMCP
from mcp.server.transport_security import TransportSecuritySettings

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
log = logging.getLogger("billing-mcp")

# ruleid: hardcoded-secret
stripe.api_key = os.environ.get("STRIPE_SECRET_KEY", "sk_live_51Nq8XvK2mR7tL4pW9zB3cY6hJ1dF0gA5sE8uK2oI7rN4")
SERVICE_TOKEN = os.environ["BILLING_MCP_TOKEN"].encode()

mcp = FastMCP(
    "billing-mcp",
    # ruleid: dns-rebinding-unprotected
    transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False),
)


@mcp.tool()
def customer_invoices(customer_id: str, limit: int = 10) -> list[dict]:
    """Recent invoices of a Stripe customer."""
    try:
        invoices = stripe.Invoice.list(customer=customer_id, limit=limit)
    except stripe.error.StripeError as e:
        # ruleid: error-detail-leak
        return [{"error": str(e)}]
    return [{"id": i.id, "amount_due": i.amount_due, "status": i.status} for i in invoices.auto_paging_iter()]


@mcp.tool()
def refund(charge_id: str, amount_cents: int | None = None) -> str:
    """Refund a charge fully or partially."""
    try:
        r = stripe.Refund.create(charge=charge_id, amount=amount_cents)
        return f"refund {r.id}: {r.status}"
    except Exception:
        # ruleid: error-detail-leak
        return "refund failed\n" + traceback.format_exc()


@mcp.tool()
def subscription(sub_id: str) -> dict:
    """Plan and status of a subscription."""
    try:
        s = stripe.Subscription.retrieve(sub_id)
        return {"plan": s["items"]["data"][0]["price"]["nickname"], "status": s.status}
    except stripe.error.InvalidRequestError:
        # ok: error-detail-leak
        return {"error": "no such subscription"}
    except stripe.error.StripeError:
        log.exception("subscription lookup failed")
        # ok: error-detail-leak
        return {"error": "Stripe is unavailable, try again later"}


@mcp.tool()
def diagnostics() -> dict:
    """Configuration details for troubleshooting."""
    # ruleid: error-detail-leak
    return {"stripe_api_version": stripe.api_version, "environment": dict(os.environ)}


class ServiceTokenMiddleware(BaseHTTPMiddleware):
    async def dispatch(self, request, call_next):
        supplied = request.headers.get("authorization", "").removeprefix("Bearer ").encode()
        if not hmac.compare_digest(supplied, SERVICE_TOKEN):
            return PlainTextResponse("unauthorized", status_code=401)
        return await call_next(request)


@contextlib.asynccontextmanager
async def lifespan(app):
    async with mcp.session_manager.run():
        yield


app = Starlette(
    # ok: http-transport-without-auth
    routes=[Mount("/", app=mcp.streamable_http_app())],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, expose_headers=["Mcp-Session-Id"]),
        Middleware(ServiceTokenMiddleware),
    ],
    lifespan=lifespan,
)

if __name__ == "__main__":
    # ok: bind-all-interfaces
    uvicorn.run(app, host="127.0.0.1", port=8090, log_level="info")
