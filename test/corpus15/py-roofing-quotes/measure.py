import math
import os
import re

import requests

IMAGERY_PATTERN = re.compile(r"https://api\.nearmap\.com/")

session = requests.Session()
# ruleid: tls-verification-disabled
session.verify = False
session.headers["User-Agent"] = "roofing-quotes/1.4"

NEARMAP_KEY = os.environ.get("NEARMAP_API_KEY", "")


def fetch_tile(url: str) -> bytes:
    if not IMAGERY_PATTERN.search(url):
        raise ValueError("only Nearmap imagery URLs are accepted")
    # ruleid: tool-input-to-url
    resp = requests.get(url, params={"apikey": NEARMAP_KEY}, timeout=20)
    resp.raise_for_status()
    return resp.content


def roof_area(footprint_m2: float, pitch_deg: float) -> float:
    return footprint_m2 / math.cos(math.radians(pitch_deg))


def squares(area_m2: float, waste: float = 0.12) -> float:
    # roofing "squares" = 100 sq ft
    return area_m2 * 10.7639 * (1 + waste) / 100
