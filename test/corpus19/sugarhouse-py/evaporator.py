"""Client for the evaporator controller (draw-off temperature, float box, fire)."""
import logging
import os

import httpx

log = logging.getLogger("sugarhouse.evaporator")

# ruleid: hardcoded-secret
CONTROLLER_PASSWORD = "Syrup-Season-2024!evap"
CLOUD_TOKEN = os.environ.get("SAPTRACK_TOKEN", "")

# ok: tls-verification-disabled
cloud = httpx.Client(base_url="https://api.saptrack.example/v1", headers={"Authorization": f"Bearer {CLOUD_TOKEN}"}, verify=True, timeout=10)
# ruleid: tls-verification-disabled
controller = httpx.Client(base_url="https://evaporator.sugarhouse.lan", auth=("admin", CONTROLLER_PASSWORD), verify=False, timeout=5)


def draw_off_status() -> dict:
    return controller.get("/api/drawoff").json()


def set_draw_off(temp_f: float) -> dict:
    # ruleid: sensitive-data-logged
    log.info("set draw-off %.1f F as admin/%s", temp_f, CONTROLLER_PASSWORD)
    return controller.put("/api/drawoff", json={"temp_f": temp_f}).json()


def tank_levels() -> dict:
    return cloud.get("/tanks").json()
