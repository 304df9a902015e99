import math
import os

from sqlalchemy import create_engine, text

engine = create_engine(os.environ.get("GTFS_DB_URL", "sqlite:////var/lib/gtfs/gtfs.db"))


def departures(stop_id: str, limit: int) -> list[dict]:
    sql = text("SELECT st.departure_time, r.route_short_name, t.trip_headsign FROM stop_times st JOIN trips t USING (trip_id) JOIN routes r USING (route_id) WHERE st.stop_id = :stop AND st.departure_time >= time('now', 'localtime') ORDER BY st.departure_time LIMIT :n")
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        return [dict(r._mapping) for r in conn.execute(sql, {"stop": stop_id, "n": limit})]


def stops_near(lat: float, lon: float, radius_m: int) -> list[dict]:
    dlat = radius_m / 111_320
    dlon = radius_m / (111_320 * max(0.1, math.cos(math.radians(lat))))
    sql = f"SELECT stop_id, stop_name, stop_lat, stop_lon FROM stops WHERE stop_lat BETWEEN {float(lat) - dlat} AND {float(lat) + dlat} AND stop_lon BETWEEN {float(lon) - dlon} AND {float(lon) + dlon}"
    with engine.connect() as conn:
        # ok: tool-input-to-sql
        return [dict(r._mapping) for r in conn.execute(text(sql))]


def route_stats(route_type: str, group_by: str) -> list[dict]:
    sql = "SELECT %s AS k, COUNT(t.trip_id) AS trips FROM routes r JOIN trips t USING (route_id) WHERE r.route_type = %s GROUP BY 1" % (group_by, route_type)
    with engine.connect() as conn:
        # ruleid: tool-input-to-sql
        return [dict(r._mapping) for r in conn.execute(text(sql))]
