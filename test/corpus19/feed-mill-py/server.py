"""Feed mill MCP server over SSE: formulas, batches and ERP stock, behind the mill's intranet proxy."""
import os

import httpx
import uvicorn
from mcp.server.fastmcp import Context, FastMCP
from mcp.server.transport_security import TransportSecuritySettings
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.routing import Mount

from formulas import formula_by_name, ingredients_sorted, save_batch_sheet

ERP_URL = "https://erp.feedmill.example/api"
# ok: hardcoded-secret
ERP_SERVICE_TOKEN = os.environ["ERP_SERVICE_TOKEN"]

mcp = FastMCP("feed-mill")
# ruleid: dns-rebinding-unprotected
mcp.settings.transport_security = TransportSecuritySettings(allowed_hosts=["*"], allowed_origins=["*"])


@mcp.tool()
def ingredients(sort_by: str = "protein") -> list[tuple]:
    """Ingredient list sorted by a nutrient column (protein, fibre, energy, price)."""
    return ingredients_sorted(sort_by)


@mcp.tool()
def formula(name: str) -> list[tuple]:
    """Lines of a feed formula (kg per tonne)."""
    return formula_by_name(name)


@mcp.tool()
def make_batch(formula_name: str, batch_no: int) -> str:
    """Create the batch sheet for the mixer operator."""
    lines = formula_by_name(formula_name)
    return str(save_batch_sheet(batch_no, lines))


@mcp.tool()
async def erp_stock(sku: str, ctx: Context) -> dict:
    """Stock of an ingredient SKU in the ERP, on behalf of the calling user."""
    request = ctx.request_context.request
    # ruleid: token-passthrough
    headers = {"Authorization": request.headers.get("authorization", "")}
    async with httpx.AsyncClient(base_url=ERP_URL) as client:
        r = await client.get(f"/stock/{sku}", headers=headers)
    return r.json()


@mcp.tool()
async def erp_open_orders() -> list[dict]:
    """Open customer orders in the ERP (service account)."""
    # ok: token-passthrough
    headers = {"Authorization": f"Bearer {ERP_SERVICE_TOKEN}"}
    async with httpx.AsyncClient(base_url=ERP_URL) as client:
        r = await client.get("/orders?state=open", headers=headers)
    return r.json()


app = Starlette(
    routes=[
        # ruleid: http-transport-without-auth
        Mount("/", app=mcp.sse_app()),
    ],
    middleware=[
        # ruleid: cors-wildcard-credentials
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]),
    ],
)

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ.get("PORT", "8070")))
