import os
import subprocess

import httpx

NREL_KEY = os.environ.get("NREL_API_KEY", "DEMO_KEY")


async def pvwatts(lat: float, lon: float, kw: float, tilt: float, azimuth: float) -> dict:
    params = {"api_key": NREL_KEY, "lat": lat, "lon": lon, "system_capacity": kw, "tilt": tilt, "azimuth": azimuth, "array_type": 1, "module_type": 0, "losses": 14}
    async with httpx.AsyncClient(timeout=20) as client:
        # ok: tool-input-to-url
        r = await client.get("https://developer.nrel.gov/api/pvwatts/v8.json", params=params)
    r.raise_for_status()
    return r.json()["outputs"]


def string_sizing(site_id: str, inverter: str) -> str:
    # ok: tool-input-to-shell
    out = subprocess.check_output(["string-sizer", "--site", site_id, "--inverter", inverter, "--format", "text"], text=True, timeout=30)
    return out
