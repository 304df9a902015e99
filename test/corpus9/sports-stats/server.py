from typing import Literal

from mcp.server.fastmcp import FastMCP

import db

mcp = FastMCP("sports-stats")


@mcp.tool()
def player_stats(league: Literal["epl", "laliga", "mls"], player: str) -> list:
    """All stat rows for a player."""
    return db.player_rows(league, player)


@mcp.tool()
def season_leaders(league: Literal["epl", "laliga", "mls"], stat: Literal["goals", "assists", "minutes", "shots"], season: str) -> list:
    """Top ten players of a season for a stat."""
    return db.leaders(league, stat, season)


@mcp.tool()
def head_to_head(team: str, opponent: str) -> list:
    """Games between two teams."""
    return db.team_games(team, opponent)


@mcp.tool()
def custom_leaderboard(where: str, order: str = "g") -> list:
    """Leaderboard with a custom filter over the EPL table."""
    cur = db.conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute("SELECT player, g, a FROM stats_epl WHERE %s ORDER BY %s DESC LIMIT 25" % (where, order))
    return cur.fetchall()


if __name__ == "__main__":
    mcp.run()
