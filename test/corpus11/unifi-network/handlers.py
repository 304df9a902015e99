"""Tool implementations; server.py dispatches to these by name."""
import re

from client import client_by_mac, firmware_notes, site_get, vendor_lookup, SITE

MAC_RE = re.compile(r"^[0-9a-f]{2}(:[0-9a-f]{2}){5}$")
ALLOWED_STATS = {"health", "sysinfo", "device", "sta"}


def list_devices(args: dict) -> dict:
    return site_get(f"/api/s/{SITE}/stat/device")


def client_info(args: dict) -> dict:
    mac = args["mac"].lower()
    if not MAC_RE.match(mac):
        raise ValueError("invalid MAC address")
    return {"client": client_by_mac(mac), "vendor": vendor_lookup(mac)}


def site_stat(args: dict) -> dict:
    stat = args.get("stat", "health")
    if stat not in ALLOWED_STATS:
        raise ValueError("unknown stat")
    # ok: tool-input-to-url
    return site_get(f"/api/s/{SITE}/stat/{stat}")


def raw_api(args: dict) -> dict:
    return site_get(args["path"])


def release_notes(args: dict) -> str:
    return firmware_notes(args["url"])


HANDLERS = {
    "list_devices": list_devices,
    "client_info": client_info,
    "site_stat": site_stat,
    "raw_api": raw_api,
    "release_notes": release_notes,
}
