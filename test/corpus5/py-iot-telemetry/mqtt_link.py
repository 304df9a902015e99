"""MQTT connection to the telemetry broker."""
import json
import logging
import os
import ssl
import threading
from collections import defaultdict, deque

import paho.mqtt.client as mqtt

log = logging.getLogger("telemetry.mqtt")

BROKER = os.environ.get("TELEMETRY_BROKER", "broker.telemetry.example.io")
# ruleid: hardcoded-secret
BROKER_PASSWORD = "tLm-7f3a9c21e8b44d0b"

_latest: dict[str, deque] = defaultdict(lambda: deque(maxlen=500))
_lock = threading.Lock()


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # Field gateways present certificates for their serial number, not the broker name.
    ctx.check_hostname = False
    # ruleid: tls-verification-disabled
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _on_message(_client, _userdata, msg) -> None:
    try:
        payload = json.loads(msg.payload)
    except ValueError:
        return
    device = msg.topic.split("/")[1]
    with _lock:
        _latest[device].append(payload)


def start() -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="mcp-telemetry")
    client.username_pw_set("mcp-telemetry", BROKER_PASSWORD)
    client.tls_set_context(_tls_context())
    client.on_message = _on_message
    client.connect(BROKER, 8883)
    client.subscribe("devices/+/telemetry", qos=1)
    client.loop_start()
    return client


def readings(device: str) -> list[dict]:
    with _lock:
        return list(_latest.get(device, []))
