import base64
import marshal

from mcp.server.fastmcp import FastMCP

from . import store
from .models import Adjustment, LotSearch, StockQuery

mcp = FastMCP("pharmacy-inventory")


@mcp.tool()
async def stock_on_hand(query: StockQuery) -> str:
    """Units on hand for an NDC at a location."""
    return f"{await store.on_hand(query)} units"


@mcp.tool()
async def find_lots(search: LotSearch) -> list[dict]:
    """Lots matching a drug name, optionally expiring before a date."""
    return [dict(zip(("lot", "drug", "qty", "expires"), r)) for r in await store.lots(search)]


@mcp.tool(annotations={"destructiveHint": True})
async def adjust_stock(adjustment: Adjustment) -> str:
    """Record a stock adjustment (waste, return, count correction)."""
    await store.adjust(adjustment)
    # ruleid: stdout-in-stdio-server
    print(f"adjusted {adjustment.ndc} by {adjustment.delta}")
    return "adjustment recorded"


@mcp.tool()
async def controlled_log(schedule: str = "II") -> list[tuple]:
    """Dispensing log for a DEA schedule."""
    return await store.controlled_log(schedule)


@mcp.tool()
def load_formulary_rules(compiled: str) -> str:
    """Load pre-compiled formulary rules exported from the pharmacy system."""
    # ruleid: unsafe-deserialization
    rules = marshal.loads(base64.b64decode(compiled))
    return f"loaded {len(rules)} rules"


if __name__ == "__main__":
    mcp.run()
