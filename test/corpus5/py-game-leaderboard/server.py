"""Leaderboard MCP server for the arena game (low-level server, stdio)."""
import asyncio
import json
import sqlite3

import mcp.types as types
from mcp.server.lowlevel import Server
from mcp.server.stdio import stdio_server

from scoring import bonus, legacy_bonus

DB = sqlite3.connect("leaderboard.db", check_same_thread=False)
server = Server("game-leaderboard")


@server.list_tools()
async def list_tools() -> list[types.Tool]:
    return [
        types.Tool(
            name="top_players",
            description="Top players of a season and game mode.",
            # ok: weak-input-schema
            inputSchema={"type": "object", "properties": {"season": {"type": "integer", "minimum": 1, "maximum": 99}, "mode": {"type": "string", "enum": ["duel", "squad", "ranked"]}}, "required": ["season", "mode"], "additionalProperties": False},
        ),
        types.Tool(
            name="player_history",
            description="Match history of a player.",
            inputSchema={"type": "object", "properties": {"player": {"type": "string", "maxLength": 32}}, "required": ["player"]},
        ),
        types.Tool(
            name="season_bonus",
            description="Compute the season bonus of a player from a formula over their stats.",
            # ruleid: weak-input-schema
            inputSchema={"type": "object"},
        ),
    ]


def _stats(player: str) -> dict[str, float]:
    row = DB.execute("SELECT kills, deaths, wins, matches FROM stats WHERE player = ?", (player,)).fetchone()
    return dict(zip(("kills", "deaths", "wins", "matches"), row or (0, 0, 0, 0)))


@server.call_tool()
async def call_tool(name: str, arguments: dict) -> list[types.TextContent]:
    if name == "top_players":
        # ok: tool-input-to-sql
        rows = DB.execute("SELECT player, rating FROM ratings WHERE season = ? AND mode = ? ORDER BY rating DESC LIMIT 25", (int(arguments["season"]), arguments["mode"])).fetchall()
        return [types.TextContent(type="text", text="\n".join(f"{p}\t{r}" for p, r in rows))]
    if name == "player_history":
        player = arguments["player"]
        # ruleid: tool-input-to-sql
        rows = DB.execute("SELECT played_at, mode, result FROM matches WHERE player = '%s' ORDER BY played_at DESC LIMIT 50" % player).fetchall()
        # ruleid: stdout-in-stdio-server
        print("history rows:", len(rows))
        return [types.TextContent(type="text", text=json.dumps(rows))]
    if name == "season_bonus":
        stats = _stats(arguments["player"])
        formula = arguments.get("formula", "wins * 10 + kills / 5")
        value = legacy_bonus(formula, stats) if arguments.get("legacy") else bonus(formula, stats)
        return [types.TextContent(type="text", text=f"{value:.1f}")]
    raise ValueError(f"unknown tool {name}")


async def main() -> None:
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


if __name__ == "__main__":
    asyncio.run(main())
