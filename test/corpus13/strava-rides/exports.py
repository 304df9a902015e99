import os

import requests

EXPORT_DIR = "/home/rider/strava-exports"
ROUTES_DIR = "/home/rider/routes"


def _gpx(streams: dict) -> str:
    pts = zip(streams["latlng"]["data"], streams["altitude"]["data"])
    body = "".join(f'<trkpt lat="{lat}" lon="{lon}"><ele>{ele}</ele></trkpt>' for (lat, lon), ele in pts)
    return f'<?xml version="1.0"?><gpx version="1.1" creator="strava-rides"><trk><trkseg>{body}</trkseg></trk></gpx>'


class ExportService:
    def __init__(self, client) -> None:
        self.client = client

    async def export_gpx(self, activity_id: int, filename: str) -> str:
        streams = await self.client.streams(activity_id)
        name = os.path.basename(filename)
        if not name.endswith(".gpx"):
            name += ".gpx"
        target = os.path.join(EXPORT_DIR, name)
        # ok: tool-input-to-path
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(_gpx(streams))
        return target

    async def import_route(self, source_url: str) -> str:
        # ruleid: tool-input-to-url
        resp = requests.get(source_url, timeout=30)
        resp.raise_for_status()
        name = source_url.rstrip("/").rsplit("/", 1)[-1] or "route"
        dest = os.path.join(ROUTES_DIR, os.path.basename(name) + ".gpx")
        with open(dest, "wb") as fh:
            fh.write(resp.content)
        return dest
