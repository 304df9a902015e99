from typing import Annotated, Literal

from pydantic import Field

from ..app import mcp
from ..services.db import fetch_games, fetch_ladder, fetch_player, update_rank

Rank = Literal["30k", "25k", "20k", "15k", "10k", "5k", "1k", "1d", "2d", "3d", "4d", "5d", "6d"]


@mcp.tool()
def player_games(player: str, limit: int = 20) -> list[dict]:
    """Most recent games of a club member."""
    rows = fetch_games(player, limit)
    return [{"black": b, "white": w, "result": r, "date": d.isoformat()} for b, w, r, d in rows]


@mcp.tool()
def player_profile(handle: str) -> dict | None:
    """Rank and rating of a member."""
    row = fetch_player(handle)
    return dict(zip(("handle", "rank", "rating", "games"), row)) if row else None


@mcp.tool()
def ladder(sort_by: str = "rank") -> list[dict]:
    """The club ladder, sorted by rank, name or games played."""
    return [dict(zip(("handle", "rank", "rating", "games"), r)) for r in fetch_ladder(sort_by)]


@mcp.tool()
# ok: weak-input-schema
def set_rank(handle: Annotated[str, Field(pattern=r"^[a-z0-9_]{3,20}$")], rank: Rank) -> str:
    """Record a member's new club rank after promotion."""
    return f"{update_rank(handle, rank)} player updated"
