"""MQTT home automation MCP server (stdio): read sensors, publish commands, manage scenes."""
from __future__ import annotations

import json
import logging
import os
import ssl
import sys
import threading
from pathlib import Path
from typing import Annotated

import paho.mqtt.client as mqtt
from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations
from pydantic import Field

logging.basicConfig(level=logging.INFO, stream=sys.stderr)
log = logging.getLogger("mqtt-home")

BROKER = os.environ.get("MQTT_BROKER", "mqtt.home.example.net")
MQTT_USER = os.environ.get("MQTT_USER", "assistant")
# ruleid: hardcoded-secret
MQTT_PASSWORD = os.environ.get("MQTT_PASSWORD", "Kw9!hm-Broker-7731")
SCENES_FILE = Path(os.environ.get("SCENES_FILE", "~/.config/mqtt-home/scenes.json")).expanduser()

_latest: dict[str, str] = {}
_lock = threading.Lock()


def _on_message(_client, _userdata, msg):
    with _lock:
        _latest[msg.topic] = msg.payload.decode("utf-8", "replace")


def make_client() -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="mcp-home")
    client.username_pw_set(MQTT_USER, MQTT_PASSWORD)
    ca = os.environ.get("MQTT_CA_FILE")
    if ca:
        # ok: tls-verification-disabled
        client.tls_set(ca_certs=ca, cert_reqs=ssl.CERT_REQUIRED)
    else:
        client.tls_set(cert_reqs=ssl.CERT_NONE)
        # ruleid: tls-verification-disabled
        client.tls_insecure_set(True)
    client.on_message = _on_message
    client.connect(BROKER, 8883)
    client.subscribe("home/#")
    client.loop_start()
    return client


client = make_client()
mcp = FastMCP("mqtt-home")

Topic = Annotated[str, Field(pattern=r"^home/[a-z0-9_/]+$", max_length=128)]


# ok: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def sensor_value(topic: Topic) -> str:
    """Latest value published on a home/... topic."""
    with _lock:
        return _latest.get(topic, "no value yet")


@mcp.tool()
def publish(topic: Topic, payload: str, retain: bool = False) -> str:
    """Publish a command, e.g. topic home/livingroom/lamp/set payload ON."""
    info = client.publish(topic, payload, qos=1, retain=retain)
    info.wait_for_publish(timeout=5)
    # ruleid: stdout-in-stdio-server
    print(f"published {payload!r} to {topic}")
    return f"published to {topic}"


@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True))
def list_topics(prefix: Topic = "home/") -> list[str]:
    """Topics seen so far under a prefix."""
    with _lock:
        return sorted(t for t in _latest if t.startswith(prefix))


# ruleid: annotation-mismatch
@mcp.tool(annotations=ToolAnnotations(readOnlyHint=True, idempotentHint=True))
def save_scene(name: Annotated[str, Field(pattern=r"^[a-z0-9_-]{1,32}$")], commands: dict[str, str]) -> str:
    """Save a named scene (topic -> payload) so it can be activated later."""
    scenes = json.loads(SCENES_FILE.read_text()) if SCENES_FILE.exists() else {}
    scenes[name] = commands
    SCENES_FILE.parent.mkdir(parents=True, exist_ok=True)
    SCENES_FILE.write_text(json.dumps(scenes, indent=2))
    return f"scene {name} saved"


@mcp.tool()
def activate_scene(name: str) -> str:
    """Publish every command of a saved scene."""
    scenes = json.loads(SCENES_FILE.read_text())
    for topic, payload in scenes.get(name, {}).items():
        client.publish(topic, payload, qos=1)
    # ok: stdout-in-stdio-server
    print(f"scene {name} activated", file=sys.stderr)
    log.info("activated scene %s", name)
    return f"activated {name}"


if __name__ == "__main__":
    mcp.run()
