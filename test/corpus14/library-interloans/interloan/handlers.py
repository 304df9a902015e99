import json

import httpx

from .net import assert_allowed_host, looks_like_partner

WORLDCAT = "https://worldcat.example.org/api/v2"

# ruleid: tls-verification-disabled
legacy_client = httpx.Client(timeout=15, verify=False)
client = httpx.Client(timeout=15)


def request_status(args: dict) -> str:
    url = assert_allowed_host(args["partner_url"]) + "/requests/" + str(int(args["request_id"]))
    # ok: tool-input-to-url
    return client.get(url).text


def resolve_openurl(args: dict) -> str:
    resolver = args["resolver"]
    if not looks_like_partner(resolver):
        raise ValueError("unknown resolver")
    # ruleid: tool-input-to-url
    resp = legacy_client.get(resolver, params={"rft.isbn": args.get("isbn", "")})
    return resp.text


async def holdings(args: dict) -> str:
    oclc = str(args["oclc_number"]).strip()
    if not oclc.isdigit():
        raise ValueError("OCLC numbers are digits")
    async with httpx.AsyncClient(timeout=15) as ac:
        # ok: tool-input-to-url
        r = await ac.get(f"{WORLDCAT}/bibs/{oclc}/holdings", params={"limit": 20})
    return json.dumps(r.json().get("holdings", []))


async def fetch_citation(args: dict) -> str:
    target = args["citation_url"]
    async with httpx.AsyncClient(follow_redirects=True) as ac:
        # ruleid: tool-input-to-url
        r = await ac.get(target)
    return r.text[:5000]


HANDLERS = {
    "request_status": request_status,
    "resolve_openurl": resolve_openurl,
    "holdings": holdings,
    "fetch_citation": fetch_citation,
}
