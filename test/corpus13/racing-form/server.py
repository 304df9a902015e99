"""Horse racing form guide MCP server (fastmcp 2): runners, form figures, backtests of staking plans."""
import os
from typing import Annotated, Any, Literal

from fastmcp import FastMCP
from fastmcp.server.auth.providers.jwt import JWTVerifier
from pydantic import Field

from form import FormDB, backtest_plan, filter_runners, import_ratings, parse_odds_table, tipster_from_token
from models import RaceQuery

auth = JWTVerifier(jwks_uri=os.environ["FORM_JWKS_URI"], issuer="https://auth.racing-form.example", audience="racing-form-mcp")
mcp = FastMCP("racing-form", auth=auth)
db = FormDB(os.environ["FORM_DSN"])


@mcp.tool
def runners(query: RaceQuery) -> list[dict]:
    """Runners of a race with their last six form figures."""
    return db.runners(query.course, query.race_date, query.race_time)


@mcp.tool
def horse_form(horse: str, limit: int = 10) -> list[dict]:
    """Recent runs of a horse."""
    return db.horse_runs(horse, limit)


@mcp.tool
def trainer_strike_rate(trainer: str, days: int = 14) -> dict:
    """Winners / runners for a trainer over the last N days."""
    return db.trainer_rate(trainer, days)


@mcp.tool
# ok: weak-input-schema
def going_stats(going: Literal["firm", "good", "good-to-soft", "soft", "heavy"], course: Annotated[str, Field(pattern=r"^[A-Za-z' -]{3,40}$")]) -> dict:
    """Win rate of favourites at a course on a going."""
    return db.going_stats(going, course)


@mcp.tool
def shortlist(query: RaceQuery, expression: str = "r['rating'] > 80") -> list[dict]:
    """Runners of a race that pass a filter expression over the runner dict `r`."""
    return filter_runners(db.runners(query.course, query.race_date, query.race_time), expression)


@mcp.tool
# ruleid: weak-input-schema
def backtest(config: dict[str, Any]) -> dict:
    """Backtest a staking plan; config holds 'plan', 'bank', 'filters'."""
    return backtest_plan(db, config)


@mcp.tool
def load_odds(odds_literal: str) -> dict:
    """Load an odds table pasted as a Python dict literal {'horse': 5.5, ...}."""
    return parse_odds_table(odds_literal)


@mcp.tool
def import_tipster_ratings(payload: str, tipster_token: str) -> str:
    """Import ratings published by a tipster (their export format), authorised by their token."""
    tipster = tipster_from_token(tipster_token)
    return import_ratings(db, tipster, payload)


if __name__ == "__main__":
    # ok: http-transport-without-auth
    mcp.run(transport="http", host="127.0.0.1", port=8600)
