import sqlite3

STAT_COLUMNS = {"goals": "g", "assists": "a", "minutes": "min", "shots": "sh"}
TABLES = {"epl": "stats_epl", "laliga": "stats_laliga", "mls": "stats_mls"}

conn = sqlite3.connect("/var/lib/sports/stats.db", check_same_thread=False)


def player_rows(league: str, player: str):
    cur = conn.cursor()
    # ok: tool-input-to-sql
    cur.execute("SELECT * FROM %s WHERE player = ?" % TABLES[league], (player,))
    return cur.fetchall()


def leaders(league: str, stat: str, season: str):
    col = STAT_COLUMNS[stat]
    cur = conn.cursor()
    # ok: tool-input-to-sql
    cur.execute(f"SELECT player, SUM({col}) AS v FROM {TABLES[league]} WHERE season = :season GROUP BY player ORDER BY v DESC LIMIT 10", {"season": season})
    return cur.fetchall()


def team_games(team: str, opponent: str):
    sql = "SELECT * FROM games WHERE home = '{}' AND away = '{}'".format(team, opponent)
    cur = conn.cursor()
    # ruleid: tool-input-to-sql
    cur.execute(sql)
    return cur.fetchall()
