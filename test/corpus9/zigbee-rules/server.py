import json
from typing import Any

import paho.mqtt.publish as publish
from mcp.server.fastmcp import FastMCP

from rules import compile_condition, parse_payload, simple_condition

mcp = FastMCP("zigbee-rules")
BROKER = "127.0.0.1"
RULES: dict[str, object] = {}


def add_rule(name: str, condition: str, device: str) -> str:
    """Register an automation: when `condition` (a Python expression over the device state) is true, toggle `device`."""
    RULES[name] = (compile_condition(condition), device)
    return f"rule {name} added"


def add_threshold_rule(name: str, attr: str, op: str, value: float, device: str) -> str:
    """Register an automation comparing one attribute with a threshold."""
    RULES[name] = (simple_condition(attr, op, value), device)
    return f"rule {name} added"


# ruleid: weak-input-schema
def send_command(device, payload) -> str:
    """Publish a set-command to a Zigbee2MQTT device."""
    body = parse_payload(payload) if isinstance(payload, str) else payload
    publish.single(f"zigbee2mqtt/{device}/set", json.dumps(body), hostname=BROKER)
    return "sent"


def bridge_options(options: Any) -> str:
    """Change bridge options."""
    publish.single("zigbee2mqtt/bridge/request/options", json.dumps({"options": options}), hostname=BROKER)
    return "requested"


mcp.add_tool(add_rule)
mcp.add_tool(add_threshold_rule)
mcp.add_tool(send_command)
mcp.add_tool(bridge_options)

if __name__ == "__main__":
    mcp.run()
