from typing import Literal

import requests
from mcp.server.fastmcp import FastMCP, Image

CAMERAS = {
    "north-ridge": "https://cams.fire-lookouts.example/north-ridge/latest.jpg",
    "bald-peak": "https://cams.fire-lookouts.example/bald-peak/latest.jpg",
    "cedar-tower": "https://cams.fire-lookouts.example/cedar-tower/latest.jpg",
}


def register(mcp: FastMCP) -> None:
    @mcp.tool()
    # ok: weak-input-schema
    def tower_camera(tower: Literal["north-ridge", "bald-peak", "cedar-tower"]) -> Image:
        """Latest still from a lookout tower camera."""
        # ok: tool-input-to-url
        resp = requests.get(CAMERAS[tower], timeout=15)
        resp.raise_for_status()
        return Image(data=resp.content, format="jpeg")

    @mcp.tool()
    def partner_camera(snapshot_url: str) -> Image:
        """Fetch a still from a partner agency camera (link from their smoke report)."""
        # ruleid: tool-input-to-url
        resp = requests.get(snapshot_url, timeout=15, verify=True)
        resp.raise_for_status()
        return Image(data=resp.content, format="jpeg")

    @mcp.tool()
    def fuel_moisture(station: str) -> str:
        """Fuel moisture reading from the state RAWS network."""
        # ruleid: tls-verification-disabled
        resp = requests.get("https://raws.state-forestry.example/api/fuel", params={"station": station}, timeout=15, verify=False)
        return resp.text
