from typing import Literal

from ..app import mcp
from ..decorators import log_calls
from ..queries import STYLIST_COLUMNS, fetch_all, run_raw, services_query


@mcp.tool()
@log_calls
async def list_services(category: str) -> str:
    """Services in a category (cut, colour, treatment)."""
    rows = await run_raw(services_query(category))
    return "\n".join(f"{n} – {m} min – {p} EUR" for n, m, p in rows)


@mcp.tool()
@log_calls
async def stylists_sorted(order_by: Literal["name", "rating", "price"] = "rating") -> str:
    """Stylists sorted by a column."""
    col = STYLIST_COLUMNS[order_by]
    rows = await fetch_all(f"SELECT stylist_name, avg_rating FROM stylists ORDER BY {col} DESC")
    return "\n".join(f"{n} ({r:.1f})" for n, r in rows)


@mcp.tool()
@log_calls
async def free_slots(stylist: str, day: str) -> str:
    """Free 30-minute slots of a stylist on a day."""
    rows = await fetch_all("SELECT slot FROM slots WHERE stylist_name = ? AND day = ? AND booked = 0", (stylist, day))
    return ", ".join(r[0] for r in rows) or "fully booked"
