import math
import os

import gpxpy

from tools.base import BaseTool


def _haversine(a, b) -> float:
    r = 6371.0
    dlat = math.radians(b.latitude - a.latitude)
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a.latitude)) * math.cos(math.radians(b.latitude)) * math.sin(dlon / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


class StatsTool(BaseTool):
    name = "route_stats"
    description = "Distance, ascent, descent and estimated walking time of a GPX route."

    def run(self, route: str) -> dict:
        path = self.route_path(route)
        # ok: tool-input-to-path
        with open(path, encoding="utf-8") as fh:
            gpx = gpxpy.parse(fh)
        up, down = gpx.get_uphill_downhill()
        km = gpx.length_3d() / 1000
        hours = km / 4.5 + up / 600
        return {"km": round(km, 2), "ascent_m": round(up), "descent_m": round(down), "hours": round(hours, 1)}


class ElevationTool(BaseTool):
    name = "elevation_profile"
    description = "Elevation every N km along a route (for a quick profile)."

    def run(self, route: str, step_km: float = 1.0) -> list[tuple[float, float]]:
        full = os.path.join(str(self.root), route)
        # ruleid: tool-input-to-path
        with open(full, encoding="utf-8") as fh:
            gpx = gpxpy.parse(fh)
        points = [p for t in gpx.tracks for s in t.segments for p in s.points]
        out, dist, next_mark = [], 0.0, 0.0
        for prev, cur in zip(points, points[1:]):
            dist += _haversine(prev, cur)
            if dist >= next_mark:
                out.append((round(dist, 2), cur.elevation or 0.0))
                next_mark += step_km
        return out
