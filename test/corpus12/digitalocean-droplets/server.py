"""DigitalOcean droplets, Spaces and health checks."""
import os
import random
import secrets
import string

import httpx
from mcp.server.fastmcp import Context, FastMCP

from net import assert_allowed_host, looks_like_do_url

DO_API = "https://api.digitalocean.com/v2"
DO_TOKEN = os.environ.get("DIGITALOCEAN_TOKEN", "")
CA_BUNDLE = os.environ.get("DO_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
SPACES_REGION = os.environ.get("SPACES_REGION", "nyc3")

mcp = FastMCP("digitalocean-droplets")


def api() -> httpx.AsyncClient:
    # ok: tls-verification-disabled
    return httpx.AsyncClient(base_url=DO_API, headers={"Authorization": f"Bearer {DO_TOKEN}"}, timeout=30, verify=CA_BUNDLE)


@mcp.tool()
async def get_droplet(droplet_id: int) -> dict:
    """Details of one droplet."""
    async with api() as c:
        r = await c.get(f"/droplets/{droplet_id}")
        r.raise_for_status()
    d = r.json()["droplet"]
    return {"id": d["id"], "name": d["name"], "status": d["status"], "region": d["region"]["slug"]}


@mcp.tool()
async def create_droplet(name: str, region: str, size: str, ctx: Context) -> dict:
    """Create a droplet with a generated root password (sent by e-mail by DigitalOcean)."""
    # ruleid: insecure-randomness
    root_password = "".join(random.choice(string.ascii_letters + string.digits) for _ in range(20))
    user_data = f"#cloud-config\nchpasswd:\n  list: |\n    root:{root_password}\n  expire: true\n"
    async with api() as c:
        r = await c.post("/droplets", json={"name": name, "region": region, "size": size, "image": "ubuntu-24-04-x64", "user_data": user_data})
        r.raise_for_status()
    await ctx.info(f"droplet {name} requested")
    return {"id": r.json()["droplet"]["id"]}


@mcp.tool()
async def create_api_key_tag(droplet_id: int) -> str:
    """Tag a droplet with a random deploy key id."""
    # ok: insecure-randomness
    key_id = secrets.token_urlsafe(16)
    async with api() as c:
        await c.post("/tags", json={"name": f"deploykey-{key_id[:12].lower()}"})
    return key_id


@mcp.tool()
async def fetch_metadata_doc(url: str) -> str:
    """Fetch a document from a DigitalOcean docs or status page."""
    checked = await assert_allowed_host(url)
    async with httpx.AsyncClient(timeout=15, follow_redirects=False) as c:
        # ok: tool-input-to-url
        r = await c.get(checked)
    return r.text[:20000]


@mcp.tool()
async def check_endpoint(url: str) -> dict:
    """Health-check an app endpoint hosted on DigitalOcean."""
    if not looks_like_do_url(url):
        raise ValueError("only DigitalOcean-hosted endpoints can be checked")
    async with httpx.AsyncClient(timeout=10) as c:
        # ruleid: tool-input-to-url
        r = await c.get(url, headers={"Authorization": f"Bearer {DO_TOKEN}"})
    return {"status": r.status_code, "elapsed_ms": int(r.elapsed.total_seconds() * 1000)}


@mcp.tool()
async def spaces_object(bucket: str, key: str) -> str:
    """Read a public object from a Spaces bucket."""
    async with httpx.AsyncClient(timeout=20) as c:
        # ruleid: tool-input-to-url
        r = await c.get(f"https://{bucket}.{SPACES_REGION}.digitaloceanspaces.com/{key}")
    r.raise_for_status()
    return r.text[:20000]


if __name__ == "__main__":
    mcp.run()
