import json
import urllib.parse
import urllib.request

CAAML_BASE = "https://bulletins.avalanche-service.example.org/api/v3"
REGIONS = {"north-alps": "AT-07-01", "south-alps": "IT-32-BZ-01", "jura": "CH-1111"}


def bulletin_for_region(region: str, lang: str = "en") -> dict:
    code = REGIONS[region]
    url = f"{CAAML_BASE}/regions/{code}/bulletin?lang={urllib.parse.quote(lang)}"
    # ok: tool-input-to-url
    with urllib.request.urlopen(url, timeout=20) as resp:
        return json.load(resp)


def bulletin_from_feed(feed_url: str) -> dict:
    req = urllib.request.Request(feed_url, headers={"Accept": "application/json"})
    # ruleid: tool-input-to-url
    with urllib.request.urlopen(req, timeout=20) as resp:
        return json.load(resp)
