import httpx
import requests

from net import assert_allowed_host, looks_like_partner
from registry import register

NOAA = "https://api.tidesandcurrents.noaa.gov/api/prod/datagetter"


@register
def tide_predictions(station: str, date: str) -> dict:
    """Tide predictions for a NOAA station on a date (YYYYMMDD)."""
    # ok: tool-input-to-url
    r = requests.get(NOAA, params={"station": station, "begin_date": date, "range": 24, "product": "predictions", "format": "json"}, timeout=10)
    return r.json()


@register
def partner_availability(feed_url: str) -> str:
    """Read a partner charter's availability feed."""
    if not looks_like_partner(feed_url):
        raise ValueError("not a partner feed")
    # ruleid: tool-input-to-url
    return httpx.get(feed_url, timeout=10).text


@register
def marine_forecast(zone_url: str) -> str:
    """Marine forecast text for a zone URL from marine.weather.gov."""
    # ok: tool-input-to-url
    return httpx.get(assert_allowed_host(zone_url), timeout=10, follow_redirects=False).text


@register
def boat_telemetry(boat_ip: str, sensor: str = "fuel") -> dict:
    """Read a sensor from the boat's onboard NMEA gateway."""
    # ruleid: tool-input-to-url
    r = requests.get(f"http://{boat_ip}:2000/sensors/{sensor}", timeout=5)
    return r.json()


@register
def catch_report(trip_id: int) -> dict:
    """Catch report of a trip from the booking system."""
    # ruleid: tls-verification-disabled
    r = requests.get(f"https://charters.bluewater.example/trips/{trip_id}/catch", verify=False, timeout=10)
    return r.json()
