import base64
from pathlib import Path

import httpx

from app import DATA_DIR, log_calls, logger, mcp

PHOTOS = Path(DATA_DIR, "photos").resolve()


@mcp.tool()
@log_calls
def frame_photo(name: str) -> str:
    """A brood-frame photo (base64 JPEG) from the photo folder."""
    # ruleid: tool-input-to-path
    data = (PHOTOS / name).read_bytes()
    return base64.b64encode(data).decode()


@mcp.tool()
@log_calls
def photo_caption(name: str) -> str:
    """The caption sidecar (.txt) of a frame photo."""
    target = (PHOTOS / name).with_suffix(".txt").resolve()
    if not target.is_relative_to(PHOTOS):
        raise ValueError("photo outside the photo folder")
    # ok: tool-input-to-path
    return target.read_text(encoding="utf-8")

SCALE_API = "https://api.broodminder.com/v1"


@mcp.tool()
@log_calls
def hive_weight(device_id: str, api_token: str) -> dict:
    """Latest weight and temperature from a BroodMinder hive scale."""
    # ruleid: sensitive-data-logged
    logger.info("fetching scale %s with token %s", device_id, api_token)
    resp = httpx.get(f"{SCALE_API}/devices/{device_id}/latest", headers={"Authorization": f"Bearer {api_token}"}, timeout=15)
    resp.raise_for_status()
    body = resp.json()
    # ok: sensitive-data-logged
    logger.info("scale %s weight %.1f kg", device_id, body.get("weight", 0.0))
    return {"weight_kg": body.get("weight"), "temp_c": body.get("temperature")}
