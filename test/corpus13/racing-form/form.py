import ast
import os

import jsonpickle
import jwt
import psycopg
import yaml

from models import Bet

TIPSTER_SECRET = os.environ.get("TIPSTER_SECRET", "")


class FormDB:
    def __init__(self, dsn: str) -> None:
        self.conn = psycopg.connect(dsn, autocommit=True)

    def _all(self, sql: str, params: tuple = ()) -> list[dict]:
        with self.conn.cursor() as cur:
            cur.execute(sql, params)
            cols = [c.name for c in cur.description]
            return [dict(zip(cols, r)) for r in cur.fetchall()]

    def runners(self, course: str, race_date, race_time: str) -> list[dict]:
        return self._all("SELECT horse, jockey, trainer, rating, form FROM runners WHERE course = %s AND race_date = %s AND race_time = %s", (course, race_date, race_time))

    def horse_runs(self, horse: str, limit: int) -> list[dict]:
        with self.conn.cursor() as cur:
            # ok: tool-input-to-sql
            cur.execute("SELECT race_date, course, distance, position, sp FROM runs WHERE horse = %s ORDER BY race_date DESC LIMIT %s", (horse, int(limit)))
            return [dict(zip([c.name for c in cur.description], r)) for r in cur.fetchall()]

    def trainer_rate(self, trainer: str, days: int) -> dict:
        sql = "SELECT count(*) FILTER (WHERE position = 1) AS wins, count(*) AS runs FROM runs WHERE trainer = '%s' AND race_date > now() - interval '%d days'" % (trainer, int(days))
        with self.conn.cursor() as cur:
            # ruleid: tool-input-to-sql
            cur.execute(sql)
            wins, runs = cur.fetchone()
        return {"trainer": trainer, "wins": wins, "runs": runs, "strike_rate": round(100 * wins / runs, 1) if runs else 0.0}

    def going_stats(self, going: str, course: str) -> dict:
        rows = self._all("SELECT avg((position = 1)::int) AS fav_win FROM runs WHERE going = %s AND course = %s AND favourite", (going, course))
        return rows[0] if rows else {}


def filter_runners(rows: list[dict], expression: str) -> list[dict]:
    # ruleid: tool-input-to-eval
    keep = eval(f"lambda r: {expression}")
    return [r for r in rows if keep(r)]


def parse_odds_table(odds_literal: str) -> dict:
    # ok: tool-input-to-eval
    table = ast.literal_eval(odds_literal)
    return {str(k): float(v) for k, v in dict(table).items()}


def backtest_plan(db: FormDB, config: dict) -> dict:
    bank = float(config.get("bank", 100))
    plan = yaml.safe_load(config.get("plan", "stake: 1"))
    bets = [Bet(**b) for b in config.get("bets", [])]
    for bet in bets:
        bank -= plan.get("stake", 1)
    return {"final_bank": bank, "bets": len(bets)}


def tipster_from_token(token: str) -> str:
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    return claims["sub"]


def import_ratings(db: FormDB, tipster: str, payload: str) -> str:
    if payload.lstrip().startswith("{"):
        # ruleid: unsafe-deserialization
        ratings = jsonpickle.decode(payload)
    else:
        # ruleid: unsafe-deserialization
        ratings = yaml.unsafe_load(payload)
    with db.conn.cursor() as cur:
        for horse, rating in dict(ratings).items():
            cur.execute("INSERT INTO tipster_ratings (tipster, horse, rating) VALUES (%s, %s, %s)", (tipster, horse, float(rating)))
    return f"imported {len(ratings)} ratings from {tipster}"
