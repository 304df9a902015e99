import os
from contextlib import contextmanager

import psycopg

DSN = os.environ.get("GO_CLUB_DSN", "postgresql://goclub@localhost/goclub")

ORDER_COLUMNS = {
    "rank": "rating DESC",
    "name": "handle ASC",
    "games": "games_played DESC",
}


@contextmanager
def _conn():
    with psycopg.connect(DSN) as conn:
        yield conn


def fetch_games(player: str, limit: int) -> list[tuple]:
    with _conn() as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(f"SELECT black, white, result, played_on FROM games WHERE black = '{player}' OR white = '{player}' ORDER BY played_on DESC LIMIT {int(limit)}")
        return cur.fetchall()


def fetch_player(handle: str) -> tuple | None:
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT handle, rank, rating, games_played FROM players WHERE handle = %s", (handle,))
        return cur.fetchone()


def fetch_ladder(sort_by: str) -> list[tuple]:
    order = ORDER_COLUMNS.get(sort_by, ORDER_COLUMNS["rank"])
    with _conn() as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(f"SELECT handle, rank, rating, games_played FROM players ORDER BY {order} LIMIT 100")
        return cur.fetchall()


def update_rank(handle: str, rank: str) -> int:
    with _conn() as conn, conn.cursor() as cur:
        cur.execute("UPDATE players SET rank = %s WHERE handle = %s", (rank, handle))
        return cur.rowcount
