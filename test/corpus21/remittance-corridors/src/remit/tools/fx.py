from decimal import Decimal
from typing import Annotated, Literal

import httpx
from pydantic import BaseModel, Field

from ..app import mcp

RATES_API = "https://rates.example-fx.com/v3/latest"


class Quote(BaseModel):
    send_currency: Literal["USD", "EUR", "GBP", "CAD"]
    receive_currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    amount: Annotated[Decimal, Field(gt=0, le=10000)]


@mcp.tool
# ok: weak-input-schema
async def quote_corridor(quote: Quote) -> dict:
    """Quote the receive amount for a corridor using today's mid rate plus margin."""
    async with httpx.AsyncClient(timeout=10) as client:
        # ok: tool-input-to-url
        resp = await client.get(RATES_API, params={"base": quote.send_currency, "symbols": quote.receive_currency})
        resp.raise_for_status()
    rate = Decimal(str(resp.json()["rates"][quote.receive_currency]))
    receive = (quote.amount * rate * Decimal("0.985")).quantize(Decimal("0.01"))
    return {"rate": str(rate), "receive_amount": str(receive)}


@mcp.tool
def fee_table(corridor: Annotated[str, Field(pattern=r"^[A-Z]{3}-[A-Z]{3}$")]) -> list[dict]:
    """Fee tiers for a corridor like USD-MXN."""
    tiers = [(0, 200, "3.99"), (200, 1000, "6.99"), (1000, 10000, "9.99")]
    return [{"corridor": corridor, "from": lo, "to": hi, "fee": fee} for lo, hi, fee in tiers]
