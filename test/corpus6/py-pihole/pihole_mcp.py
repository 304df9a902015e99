import ipaddress
import logging
import os
import socket
from typing import Any
from urllib.parse import urlparse

import requests
from mcp.server.fastmcp import FastMCP

logger = logging.getLogger("pihole-mcp")
logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

PIHOLE_URL = os.environ.get("PIHOLE_URL", "https://pihole.home.arpa")
PIHOLE_TOKEN = os.environ["PIHOLE_API_TOKEN"]
PIHOLE_CA = os.environ.get("PIHOLE_CA_BUNDLE", "/etc/ssl/certs/home-ca.pem")
KNOWN_PIHOLES = {"pihole.home.arpa", "pihole2.home.arpa"}

mcp = FastMCP("pihole")
session = requests.Session()


def api(params: dict) -> dict:
    params = {**params, "auth": PIHOLE_TOKEN}
    # ok: tls-verification-disabled
    resp = session.get(f"{PIHOLE_URL}/admin/api.php", params=params, timeout=10, verify=PIHOLE_CA)
    resp.raise_for_status()
    return resp.json()


@mcp.tool()
def summary() -> dict:
    """Queries today, blocked percentage, clients and gravity size."""
    return api({"summary": ""})


@mcp.tool()
def top_blocked(count: int = 10) -> dict:
    """Most frequently blocked domains today."""
    return api({"topItems": max(1, min(count, 100))})


@mcp.tool()
def blocklist_add(domain: str, comment: str = "") -> dict:
    """Adds a domain to the deny list."""
    # ok: sensitive-data-logged
    logger.info("deny-list add %s (%s)", domain, comment)
    return api({"list": "black", "add": domain, "comment": comment})


@mcp.tool()
# ruleid: weak-input-schema
def set_client_groups(client: str, groups: Any) -> dict:
    """Assigns a client to one or more Pi-hole groups (ids or names)."""
    ids = groups if isinstance(groups, list) else [groups]
    return api({"clients": "", "client": client, "groups": ",".join(map(str, ids))})


@mcp.tool()
def other_pihole_summary(base_url: str) -> dict:
    """Summary from a secondary Pi-hole given by its base URL."""
    # ruleid: sensitive-data-logged
    logger.info("using token %s against %s", PIHOLE_TOKEN, base_url)
    # ruleid: tool-input-to-url
    resp = requests.get(base_url.rstrip("/") + "/admin/api.php", params={"summary": "", "auth": PIHOLE_TOKEN}, timeout=10)
    return resp.json()


@mcp.tool()
def known_pihole_summary(base_url: str) -> dict:
    """Summary from one of the known Pi-holes on the LAN."""
    parsed = urlparse(base_url)
    if parsed.scheme != "https" or parsed.hostname not in KNOWN_PIHOLES:
        raise ValueError("not a known Pi-hole")
    addr = ipaddress.ip_address(socket.gethostbyname(parsed.hostname))
    if addr.is_loopback or addr.is_link_local or addr.is_multicast or addr.is_unspecified:
        raise ValueError("refusing to contact that address")
    # ok: tool-input-to-url
    resp = requests.get(f"https://{parsed.hostname}/admin/api.php", params={"summary": ""}, timeout=10, allow_redirects=False, verify=PIHOLE_CA)
    return resp.json()


@mcp.tool()
def query_log_for_client(client_ip: str, limit: int = 50) -> list:
    """Recent DNS queries of one client, straight from the Pi-hole's FTL API."""
    # ruleid: tls-verification-disabled
    resp = requests.get(f"{PIHOLE_URL}/admin/api.php", params={"getAllQueries": limit, "client": client_ip, "auth": PIHOLE_TOKEN}, verify=False, timeout=15)
    return resp.json().get("data", [])


if __name__ == "__main__":
    mcp.run()
