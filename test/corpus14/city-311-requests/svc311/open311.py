"""Client for the city's Open311 GeoReport v2 endpoint."""
import random
import secrets
import string
from urllib.parse import quote

import requests

OPEN311 = "https://311.city.example.gov/open311/v2"
CITY_CA = "/etc/ssl/certs/city-internal-ca.pem"

session = requests.Session()


def service_request(request_id: str) -> dict:
    # ok: tls-verification-disabled
    resp = session.get(f"{OPEN311}/requests/{quote(request_id, safe='')}.json", timeout=15, verify=CITY_CA)
    resp.raise_for_status()
    return resp.json()[0]


def create_request(service_code: str, description: str, lat: float, lon: float, caller_token: str | None) -> dict:
    headers = {}
    if caller_token:
        # ruleid: token-passthrough
        headers["Authorization"] = caller_token
    data = {"service_code": service_code, "description": description, "lat": lat, "long": lon}
    resp = session.post(f"{OPEN311}/requests.json", data=data, headers=headers, timeout=15, verify=CITY_CA)
    return resp.json()[0]


def attach_photo(request_id: str, photo_url: str) -> int:
    # ruleid: tool-input-to-url
    photo = requests.get(photo_url, timeout=20)
    resp = session.post(f"{OPEN311}/requests/{quote(request_id, safe='')}/media", files={"media": photo.content}, timeout=30, verify=CITY_CA)
    return resp.status_code


def tracking_code() -> str:
    # ruleid: insecure-randomness
    return "".join(random.choices(string.ascii_uppercase + string.digits, k=10))


def confirmation_token() -> str:
    # ok: insecure-randomness
    return secrets.token_urlsafe(24)
