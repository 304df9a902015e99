"""IoT telemetry MCP server: latest readings, alert rules, device provisioning (stdio)."""
import ast
import logging
import random
import secrets
import string
import sys

import jwt
from mcp.server.fastmcp import FastMCP

import mqtt_link

logging.basicConfig(stream=sys.stderr, level=logging.INFO)
mcp = FastMCP("iot-telemetry")
mqtt_link.start()


@mcp.tool()
def latest(device_id: str, limit: int = 20) -> list[dict]:
    """Latest telemetry messages of a device."""
    return mqtt_link.readings(device_id)[-limit:]


@mcp.tool()
def check_alert(device_id: str, condition: str) -> str:
    """Evaluate an alert condition such as "temp > 80 and humidity < 20" on the latest reading."""
    rows = mqtt_link.readings(device_id)
    if not rows:
        return "no data"
    # ruleid: tool-input-to-eval
    fired = eval(condition, {}, dict(rows[-1]))
    return "ALERT" if fired else "ok"


@mcp.tool()
def set_thresholds(device_id: str, thresholds: str) -> str:
    """Set alert thresholds from a Python-literal dict, e.g. {'temp': 80, 'humidity': 20}."""
    # ok: tool-input-to-eval
    parsed = ast.literal_eval(thresholds)
    if not isinstance(parsed, dict) or not all(isinstance(v, (int, float)) for v in parsed.values()):
        return "thresholds must be a dict of numbers"
    return f"thresholds for {device_id}: {parsed}"


@mcp.tool()
def provision_device(serial: str) -> dict:
    """Create the credentials a new device uses to join the broker."""
    alphabet = string.ascii_letters + string.digits
    # ruleid: insecure-randomness
    device_password = "".join(random.choice(alphabet) for _ in range(20))
    # ok: insecure-randomness
    claim_token = secrets.token_urlsafe(24)
    return {"serial": serial, "mqtt_password": device_password, "claim_token": claim_token}


@mcp.tool()
def device_identity(device_token: str) -> dict:
    """Show which device a token belongs to before granting it access to a fleet."""
    # ruleid: jwt-verification-disabled
    claims = jwt.decode(device_token, options={"verify_signature": False})
    return {"device": claims.get("sub"), "fleet": claims.get("fleet"), "trusted": True}


if __name__ == "__main__":
    mcp.run(transport="stdio")
