import os

import psycopg

DSN = os.environ.get("AQ_DSN", "dbname=airquality")


def history(station_code: str, pollutant: str, start, end) -> list[tuple]:
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute("SELECT measured_at, value FROM measurements WHERE station_code = %s AND pollutant = %s AND measured_at::date BETWEEN %s AND %s ORDER BY measured_at", (station_code, pollutant, start, end))
        return cur.fetchall()


def latest_for(stations: list[str], pollutant: str) -> list[tuple]:
    codes = ", ".join(f"'{s}'" for s in stations)
    sql = "SELECT DISTINCT ON (station_code) station_code, value FROM measurements WHERE pollutant = '{p}' AND station_code IN ({codes}) ORDER BY station_code, measured_at DESC".format(p=pollutant, codes=codes)
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        # ruleid: tool-input-to-sql
        cur.execute(sql)
        return cur.fetchall()


def exceedances(stations: list[str], threshold: float) -> list[tuple]:
    placeholders = ", ".join(["%s"] * len(stations))
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        # ok: tool-input-to-sql
        cur.execute(f"SELECT station_code, count(*) FROM measurements WHERE value > %s AND station_code IN ({placeholders}) GROUP BY station_code", (threshold, *stations))
        return cur.fetchall()
